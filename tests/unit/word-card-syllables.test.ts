import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resizeOptions, spanCovering, spanText, syllablesOf } from '../../components/islands/word-cards/syllables';

const texts = (chunks: Parameters<typeof syllablesOf>[0]) => syllablesOf(chunks).map((syllable) => `${syllable.run}:${syllable.text}`);

test('splits text into syllables, in runs separated by punctuation and digits', () => {
  assert.deepEqual(texts([{ text: 'Hai nước ký hiệp ước, năm 2024 đối tác.' }]), ['0:Hai', '0:nước', '0:ký', '0:hiệp', '0:ước', '1:năm', '2:đối', '2:tác']);
});

test('a skipped element (a name, a control) ends a run; spaces across text nodes do not', () => {
  const chunks = [{ text: 'Ông ' }, { skipped: true as const }, { text: ' nói ' }, { text: 'rằng' }];
  assert.deepEqual(texts(chunks), ['0:Ông', '1:nói', '1:rằng']);
});

test('a line break ends a run, as in the server segmentation (lib/text/syllables.ts)', () => {
  assert.deepEqual(texts([{ text: 'đối\ntác' }]), ['0:đối', '1:tác']);
});

test('records each syllable’s chunk and offsets (UTF-16) for the DOM range', () => {
  const [first, second] = syllablesOf([{ text: '“Nga' }, { text: ' – Triều' }]);
  assert.deepEqual(first, { chunk: 0, start: 1, end: 4, text: 'Nga', run: 0 });
  assert.deepEqual(second, { chunk: 1, start: 3, end: 8, text: 'Triều', run: 1 });
});

test('a span widens within its run and narrows to one syllable', () => {
  const syllables = syllablesOf([{ text: 'quan hệ đối tác, chiến lược' }]);
  assert.equal(spanText(syllables, { from: 2, to: 4 }), 'đối tác');
  assert.deepEqual(resizeOptions(syllables, { from: 2, to: 4 }), { widenLeft: true, widenRight: false, narrow: true });
  assert.deepEqual(resizeOptions(syllables, { from: 4, to: 5 }), { widenLeft: false, widenRight: true, narrow: false });
  assert.deepEqual(resizeOptions(syllables, { from: 0, to: 1 }), { widenLeft: false, widenRight: true, narrow: false });
});

test('the span of a word covers its syllables; none without any', () => {
  assert.deepEqual(spanCovering([3, 4, 5]), { from: 3, to: 6 });
  assert.equal(spanCovering([]), null);
});
