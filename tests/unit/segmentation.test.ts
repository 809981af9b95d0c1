// Word segmentation on shapes real news has and the five articles do not: a long entry that would
// take the next word's first syllable, stretches the lexicon lacks, names, numbers, reduplication,
// tone-mark placement and line breaks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseText } from '../../lib/article/analyse-cell';
import { cellCoverage } from '../../lib/lexicon/coverage';
import type { LexiconEntry } from '../../lib/lexicon/schema';
import { buildLexicon, segmentText } from '../../lib/lexicon/segment';

const lexicon = buildLexicon(
  [
    'người', 'bạn', 'bạn thân', 'thân thiết', 'thân', 'nhất', 'đầu tư', 'đầu tư công', 'công nghệ', 'công', 'vào', 'chính phủ', 'chính', 'thông qua',
    'luật', 'qua', 'năm', 'tàu', 'chở', 'dầu', 'tàu chở dầu', 'xa xa', 'xa', 'hòa bình', 'hiệp định', 'ký', 'với',
  ].map((word): LexiconEntry => ({ word, pos: 'noun', senses: [word] })),
);
const words = (text: string) => segmentText(text, lexicon).map((segment) => `${segment.entry ? '' : '!'}${segment.text}`);

test('a long entry does not take the first syllable of the next word when a better split covers everything', () => {
  assert.deepEqual(words('người bạn thân thiết nhất'), ['người', 'bạn', 'thân thiết', 'nhất']);
  assert.deepEqual(words('đầu tư công nghệ'), ['đầu tư', 'công nghệ']);
  // Where the long entry is right, it still wins.
  assert.deepEqual(words('đầu tư công vào'), ['đầu tư công', 'vào']);
  assert.deepEqual(words('người bạn thân'), ['người', 'bạn thân']);
});

test('compounds win over their syllables: a syllable’s sense is never the compound’s meaning', () => {
  assert.deepEqual(words('Chính phủ thông qua luật'), ['Chính phủ', 'thông qua', 'luật']);
  assert.deepEqual(words('tàu chở dầu'), ['tàu chở dầu']);
});

test('a stretch the lexicon lacks is its own uncovered word, syllable by syllable, and coverage says so', () => {
  assert.deepEqual(words('ký hiệp định lạ hoắc với'), ['ký', 'hiệp định', '!lạ', '!hoắc', 'với']);
  const cell = analyseText('Ký hiệp định lạ với Nga năm 2024.', 'vi', { matcher: { find: () => [] }, known: new Set(), lexicon });
  assert.deepEqual(cellCoverage(cell, 's1'), { covered: 4, uncovered: [{ syllable: 'lạ', unit: 's1' }, { syllable: 'Nga', unit: 's1' }] });
});

test('names stay whole and digits are not words', () => {
  const names = { find: (text: string) => [...text.matchAll(/Nga/gu)].map((match) => ({ start: match.index, end: match.index + 3, entityId: 'russia', text: 'Nga' })) };
  const cell = analyseText('Ký hiệp định với Nga năm 2024.', 'vi', { matcher: names, known: new Set(['russia']), lexicon });
  assert.deepEqual(
    cell.words.map((word) => cell.text.slice(word.start, word.end)),
    ['Ký', 'hiệp định', 'với', 'năm'],
  );
  assert.deepEqual(cell.mentions.map((mention) => mention.entity), ['russia']);
});

test('reduplication is one word when the lexicon has it; tone-mark placement and capitals do not matter', () => {
  assert.deepEqual(words('xa xa'), ['xa xa']);
  assert.deepEqual(words('HOÀ BÌNH'), ['HOÀ BÌNH']);
  assert.deepEqual(words('hoà bình'.normalize('NFD')).map((word) => word.normalize('NFC')), ['hoà bình']);
});

test('a line break or punctuation ends a word', () => {
  assert.deepEqual(words('bạn\nthân thiết'), ['bạn', 'thân thiết']);
  assert.deepEqual(words('tàu chở, dầu'), ['tàu', 'chở', 'dầu']);
});
