// Saved HTML pages in the shapes of common Vietnamese news CMSs (pages written for these tests):
// Readability finds the article, the sapo outside it is kept, metadata is read from meta tags,
// JSON-LD and the canonical link, and the same text rules drop the widgets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readHtml } from '../../lib/ingest/html';
import { draftFrontmatter } from '../../lib/ingest/draft-to-markdown';
import { parseLines } from '../../lib/ingest/parse-seed';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'ingest');

function ingestHtml(name: string) {
  const page = readHtml(readFileSync(join(FIXTURES, name), 'utf8'));
  return parseLines(page.lines, page.metadata);
}
const kept = (draft: ReturnType<typeof ingestHtml>) => draft.decisions.filter((decision) => decision.action === 'kept').map((decision) => decision.text);
const whereOf = (draft: ReturnType<typeof ingestHtml>, field: string) => draft.metadata.find((found) => found.field === field)?.where;

test('Dân trí shape: JSON-LD metadata, the sapo in an <h2> outside the article, figcaption, subheading', () => {
  const draft = ingestHtml('dantri-shape.html');
  assert.equal(draft.headline, 'Khánh thành cầu vượt sông Lam sau hai năm thi công');
  assert.equal(whereOf(draft, 'headline'), 'JSON-LD NewsArticle.headline');
  assert.deepEqual([draft.date, draft.time], ['2024-06-19', '10:15']);
  assert.equal(draft.byline, 'Minh Phương');
  assert.equal(draft.sourceUrl, 'https://dantri.example/xa-hoi/khanh-thanh-cau-vuot-song-lam-20240619101500000.htm');
  assert.equal(draft.outletMark, '(Dân trí)');
  assert.deepEqual(draft.blocks.map((block) => block.type), ['paragraph', 'caption', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  assert.equal(kept(draft).length, 7);
  assert.ok(!kept(draft).some((text) => /Tin liên quan|Từ khóa|Bình luận|Phà sông Lam ngừng/u.test(text)));
  const outlet = draftFrontmatter(draft, 'dantri-shape').outlet;
  assert.deepEqual(outlet, { name: 'Báo Dân trí', mark: '(Dân trí)', inferred: false });
});

test('VnExpress shape: og tags only, the date printed in the header, a right-aligned byline, share bar', () => {
  const draft = ingestHtml('vnexpress-shape.html');
  assert.equal(draft.headline, 'Hội chợ nông sản mở cửa ở Đà Lạt');
  assert.equal(whereOf(draft, 'headline'), 'meta og:title');
  assert.deepEqual([draft.date, draft.time], ['2024-06-19', '10:15']);
  assert.equal(whereOf(draft, 'date'), 'the page, <span class="date">');
  assert.equal(draft.byline, 'Lâm Viên');
  assert.equal(draft.outletName, 'VnExpress');
  assert.equal(draft.sourceUrl, 'https://vnexpress.example/hoi-cho-nong-san-mo-cua-o-da-lat-4760000.html');
  assert.equal(kept(draft).length, 5);
  assert.deepEqual(draft.dropped.map((line) => line.reason), ['share bar', 'share bar']);
  assert.equal(draft.blocks.filter((block) => block.type === 'caption').length, 1);
});

test('VOV shape: JSON-LD inside @graph, "VOV.VN -", an <h2> subheading, "Theo TASS", joined sentences', () => {
  const draft = ingestHtml('vov-shape.html');
  assert.equal(draft.headline, 'Hai nước ký thỏa thuận hợp tác nghề cá');
  assert.deepEqual([draft.date, draft.time], ['2024-10-16', '08:30']);
  assert.equal(draft.outletMark, 'VOV.VN');
  assert.equal(draft.attribution, 'Theo TASS');
  assert.equal(draft.splits.length, 2);
  assert.deepEqual(draft.blocks[1]?.sentences, [
    'Thỏa thuận được ký tại Matxcơva hôm 15/10 sau ba vòng đàm phán.',
    'Hai bộ trưởng nông nghiệp đều dự lễ ký.',
    'Thứ trưởng phụ trách thủy sản cho biết văn bản sẽ có hiệu lực từ đầu năm sau.',
  ]);
  assert.deepEqual(draft.blocks.map((block) => block.type), ['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  assert.ok(!kept(draft).some((text) => /Giá cá ngừ|Chia sẻ Facebook/u.test(text)));
});

test('a page without article markup falls back to its block elements', () => {
  const page = readHtml('<html><body><p>Giá lúa tăng mạnh sau vụ thu hoạch</p><p>Giá lúa tại các tỉnh miền Tây tăng thêm 500 đồng mỗi kg trong tuần qua.</p></body></html>');
  const draft = parseLines(page.lines, page.metadata);
  assert.equal(draft.headline, 'Giá lúa tăng mạnh sau vụ thu hoạch');
  assert.equal(draft.blocks.length, 1);
});

test('Tuổi Trẻ shape: the site header’s date of today is not the article’s; the title loses its site suffix', () => {
  const draft = ingestHtml('tuoitre-shape.html');
  assert.equal(draft.headline, 'Thành phố mở thêm 20 tuyến xe buýt điện');
  assert.deepEqual([draft.date, draft.time], ['2024-06-19', '10:15']);
  assert.equal(whereOf(draft, 'date'), 'the page, <div class="detail-time">');
  assert.equal(draft.outletMark, 'TTO');
  assert.equal(draft.byline, 'NGỌC AN');
  assert.equal(draft.splits.length, 1);
  assert.deepEqual(draft.blocks.map((block) => block.type), ['paragraph', 'paragraph', 'caption', 'paragraph', 'paragraph']);
  assert.ok(!kept(draft).some((text) => /Tags|xe điện$|Cơ quan chủ quản/u.test(text)));
});
