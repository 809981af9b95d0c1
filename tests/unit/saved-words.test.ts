import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromCsv, ImportError, markWord, mergeWords, readStore, toAnki, toCsv, writeStore, type SavedWord } from '../../lib/study/saved-words';

const word = (overrides: Partial<SavedWord> = {}): SavedWord => ({
  word: 'đối tác',
  pos: 'noun',
  meaning: 'partner',
  han: '對作',
  sentenceVi: 'Hiệp ước về quan hệ Đối tác chiến lược toàn diện, "mới".',
  sentenceEn: 'The treaty, signed in Pyongyang,\nis "new".',
  article: 'nga-trieu',
  unit: 's4',
  link: '/en/articles/nga-trieu/#s4',
  savedAt: '2026-11-25T10:00:00.000Z',
  ...overrides,
});

test('CSV export reads back exactly, commas, quotes and line breaks included', () => {
  const words = [word(), word({ word: 'hiệp ước', han: '', unit: 's1', meaning: 'treaty, pact' })];
  assert.deepEqual(fromCsv(toCsv(words)), words);
  assert.deepEqual(fromCsv(`\uFEFF${toCsv(words)}`), words);
  assert.deepEqual(fromCsv(toCsv([])), []);
});

test('a malformed CSV is refused with the line at fault', () => {
  assert.throws(() => fromCsv('word,meaning\nx,y\n'), ImportError);
  const [header] = toCsv([]).split('\r\n');
  assert.throws(() => fromCsv(`${header}\r\nonly,three,fields\r\n`), /line 2 has 3 fields/);
  assert.throws(() => fromCsv(`${header}\r\n"unclosed`), /not closed/);
});

test('the store reads its own format, upgrades version 1 and reports damage without throwing', () => {
  assert.deepEqual(readStore(writeStore([word()])), { status: 'ok', words: [word()] });
  assert.deepEqual(readStore(null), { status: 'empty', words: [] });
  assert.deepEqual(readStore('{not json'), { status: 'damaged', words: [] });
  assert.deepEqual(readStore('{"version":2,"words":[{"word":1}]}'), { status: 'damaged', words: [] });
  const old = JSON.stringify({ version: 1, words: [{ word: 'đối tác', meaning: 'partner', context: 'Đối tác.', link: '/vi/articles/nga-trieu/#s4', savedAt: 'x' }] });
  const migrated = readStore(old);
  assert.equal(migrated.status, 'migrated');
  assert.deepEqual(migrated.words[0], { word: 'đối tác', pos: '', meaning: 'partner', han: '', sentenceVi: 'Đối tác.', sentenceEn: '', article: 'nga-trieu', unit: 's4', link: '/vi/articles/nga-trieu/#s4', savedAt: 'x' });
});

test('import adds only what the list lacks', () => {
  const merged = mergeWords([word()], [word(), word({ unit: 's9' })]);
  assert.deepEqual(merged.map((item) => item.unit), ['s4', 's9']);
});

test('the Anki file has its headers and one note per word, the word marked in its sentence', () => {
  const lines = toAnki([word()], 'https://song-ngu.example').trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 4), ['#separator:tab', '#html:true', '#columns:Front\tBack', '#tags column:3']);
  const [front, back, tags] = (lines[4] ?? '').split('\t');
  assert.equal(front, 'đối tác');
  assert.ok(back?.includes('<b>Đối tác</b>'));
  assert.ok(back?.includes('對作'));
  assert.ok(back?.includes('href="https://song-ngu.example/en/articles/nga-trieu/#s4"'));
  assert.ok(!back?.includes('\n'));
  assert.equal(tags, 'song-ngu nga-trieu');
  assert.equal(markWord('a <b> c', 'x'), 'a &lt;b&gt; c');
});
