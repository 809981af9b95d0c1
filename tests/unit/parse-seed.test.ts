import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftToMarkdown } from '../../lib/ingest/draft-to-markdown';
import { parseSeed } from '../../lib/ingest/parse-seed';
import { parseMarkdown } from '../../lib/article/parse';
import { readStructure } from '../../lib/article/structure';

const RAW = [
  'Nga - Triều Tiên xích lại gần nhau',
  '',
  'Thứ Tư, ngày 13/11/2024 | 08:16',
  '',
  '.',
  '(CAO) Hôm 13-9, BBC đưa tin hai bên gặp nhau. Moscow cho biết sẽ giúp.',
  'Putin Kim tai Trieu Tien',
  'Hai nhà lãnh đạo bắt tay. Ảnh: Reuters',
  'Hai nhà lãnh đạo bắt tay. Ảnh: Reuters',
  'Ký hiệp ước đối tác chiến lược toàn diện',
  'Triều Tiên đã điều khoảng 10.000 quân [DPRK]. Hết.',
  'HN tổng hợp',
  'Viết bình luận mới',
  'Xem thêm',
  'Bức tranh loạn lạc ở Sudan',
  'THÔNG TIN CẦN BIẾT',
  'Nhiều mây, có mưa.',
].join('\n');

test('takes metadata from the text and strips boilerplate', () => {
  const draft = parseSeed(RAW);
  assert.equal(draft.headline, 'Nga - Triều Tiên xích lại gần nhau');
  assert.equal(draft.date, '2024-11-13');
  assert.equal(draft.time, '08:16');
  assert.equal(draft.byline, 'HN tổng hợp');
  assert.equal(draft.outletMark, '(CAO)');
  assert.deepEqual(
    draft.blocks.map((block) => [block.type, block.sentences]),
    [
      ['paragraph', ['(CAO) Hôm 13-9, BBC đưa tin hai bên gặp nhau.', 'Moscow cho biết sẽ giúp.']],
      ['caption', ['Hai nhà lãnh đạo bắt tay.', 'Ảnh: Reuters']],
      ['heading', ['Ký hiệp ước đối tác chiến lược toàn diện']],
      ['paragraph', ['Triều Tiên đã điều khoảng 10.000 quân [DPRK].', 'Hết.']],
    ],
  );
  const reasons = new Set(draft.dropped.map((line) => line.reason));
  assert.deepEqual([...reasons].sort(), [
    'comment widget',
    'duplicate of the line before',
    'image file name used as alt text',
    'lone punctuation',
    'related-article heading',
    'related-article item',
    'weather box',
  ]);
  assert.ok(!draft.blocks.some((block) => block.sentences.some((sentence) => sentence.includes('Sudan') || sentence.includes('mưa'))));
});

test('reads a byline printed on the date line and finds a VOV-style outlet mark', () => {
  const draft = parseSeed('Tiêu đề bài\n\nThứ Tư, 13/09/2023 19:45 \u00a0|\u00a0Anh Duy\n\nVOV.VN - Nga và Triều Tiên hợp tác.');
  assert.equal(draft.byline, 'Anh Duy');
  assert.equal(draft.date, '2023-09-13');
  assert.equal(draft.outletMark, 'VOV.VN');
});

test('normalises to NFC', () => {
  const decomposed = 'Tie\u0302u đe\u0302\u0300\n\nBài viết có nội dung de\u0302\u0300 đọc. Câu hai.';
  const draft = parseSeed(decomposed);
  assert.equal(draft.headline, 'Tiêu đề');
  assert.ok(draft.blocks.every((block) => block.sentences.every((sentence) => sentence === sentence.normalize('NFC'))));
});

test('a draft round-trips through the content format with stable ids and pending translations', () => {
  const markdown = draftToMarkdown(parseSeed(RAW), '003_example');
  assert.match(markdown, /^---\nslug: nga-trieu-tien-xich-lai-gan-nhau\nstatus: draft\n/);
  const body = markdown.split('---\n').slice(2).join('---\n');
  const structure = readStructure(parseMarkdown(body));
  assert.deepEqual(structure.problems, []);
  assert.deepEqual(
    structure.blocks.map((block) => [block.id, block.units.map((unit) => unit.id)]),
    [['p1', ['s1', 's2']], ['c1', ['s3', 's4']], ['h1', ['s5']], ['p2', ['s6', 's7']]],
  );
  assert.equal(structure.blocks[3]?.units[0]?.vi, 'Triều Tiên đã điều khoảng 10.000 quân [DPRK].');
  assert.ok(structure.blocks.every((block) => block.units.every((unit) => unit.en === null)));
});
