import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyseText } from '../../lib/article/analyse-cell';
import { cellCoverage } from '../../lib/lexicon/coverage';
import { readLexicon } from '../../lib/lexicon/load';
import { syllableKey, wordKey } from '../../lib/lexicon/normalize';
import { lexiconEntrySchema, type LexiconEntry } from '../../lib/lexicon/schema';
import { buildLexicon, lookup, segmentText, senseIndexFor } from '../../lib/lexicon/segment';

const entry = (word: string, senses: LexiconEntry['senses'] = ['x']): LexiconEntry => ({ word, pos: 'noun', senses });

test('both tone-mark placements, NFD input and capitals give one key', () => {
  assert.equal(syllableKey('hòa'), syllableKey('hoà'));
  assert.equal(syllableKey('thủy'), syllableKey('thuỷ'));
  assert.equal(syllableKey('Hoà'.normalize('NFD')), syllableKey('hòa'));
  assert.equal(wordKey('HÒA  BÌNH'), wordKey('hoà bình'));
  assert.notEqual(syllableKey('ba'), syllableKey('bà'));
  assert.notEqual(syllableKey('đa'), syllableKey('da'));
});

test('longest match joins syllables into words, never across punctuation', () => {
  const lexicon = buildLexicon([entry('đối tác'), entry('chiến lược'), entry('đối tác chiến lược toàn diện'), entry('toàn diện'), entry('đối'), entry('tác')]);
  const words = (text: string) => segmentText(text, lexicon).map((segment) => [segment.text, segment.entry?.word ?? null]);
  assert.deepEqual(words('Đối tác chiến lược toàn diện'), [['Đối tác chiến lược toàn diện', 'đối tác chiến lược toàn diện']]);
  assert.deepEqual(words('đối tác, chiến lược'), [['đối tác', 'đối tác'], ['chiến lược', 'chiến lược']]);
  assert.deepEqual(words('đối - tác'), [['đối', 'đối'], ['tác', 'tác']]);
  assert.deepEqual(words('đối tác mới'), [['đối tác', 'đối tác'], ['mới', null]]);
  assert.deepEqual(words('19-6-2024'), []);
});

test('offsets point into the text as written, in NFC and NFD alike', () => {
  const lexicon = buildLexicon([entry('hòa bình')]);
  for (const text of ['vì hoà bình', 'vì hoà bình'.normalize('NFD')]) {
    const [, peace] = segmentText(text, lexicon);
    assert.ok(peace?.entry);
    assert.equal(text.slice(peace.start, peace.end), peace.text);
  }
});

test('an override splits where longest match would not, and only there', () => {
  const lexicon = buildLexicon([entry('đầu'), entry('đầu năm'), entry('năm nay'), entry('nay')]);
  const words = (text: string, overrides: string[][] = []) => segmentText(text, lexicon, overrides).map((segment) => segment.text);
  assert.deepEqual(words('Đầu năm nay'), ['Đầu năm', 'nay']);
  assert.deepEqual(words('Đầu năm nay', [['đầu', 'năm nay']]), ['Đầu', 'năm nay']);
  assert.deepEqual(words('đầu năm', [['đầu', 'năm nay']]), ['đầu năm']);
});

test('a sense with cue words comes first where the sentence has them', () => {
  const before = entry('trước', ['before', { en: 'last', when: ['tháng', 'tuần'] }]);
  assert.equal(senseIndexFor(before, 'Tháng trước, họ gặp nhau.'), 1);
  assert.equal(senseIndexFor(before, 'Trước khi gặp nhau.'), 0);
  assert.equal(lookup(buildLexicon([before]), 'TRƯỚC'), before);
});

test('the schema checks Hán-Việt against the syllables', () => {
  assert.ok(lexiconEntrySchema.safeParse({ word: 'hiệp ước', pos: 'noun', senses: ['treaty'], han: '協約', morphemes: [{ syllable: 'hiệp', han: '協', gloss: 'together' }, { syllable: 'ước', han: '約', gloss: 'agreement' }] }).success);
  const wrong = lexiconEntrySchema.safeParse({ word: 'hiệp ước', pos: 'noun', senses: ['treaty'], han: '協', morphemes: [{ syllable: 'hiệp', han: '協', gloss: 'together' }] });
  assert.ok(!wrong.success);
  assert.ok(!lexiconEntrySchema.safeParse({ word: 'đối  tác', pos: 'noun', senses: ['partner'] }).success);
  assert.ok(!lexiconEntrySchema.safeParse({ word: 'đối tác', pos: 'nown', senses: ['partner'] }).success);
});

test('a word entered twice, under either tone placement, is reported with its file and line', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lexicon-'));
  writeFileSync(join(directory, 'h.yaml'), '- word: hòa bình\n  pos: noun\n  senses: [peace]\n');
  writeFileSync(join(directory, 't.yaml'), '- word: tháng\n  pos: noun\n  senses: [month]\n- word: hoà bình\n  pos: noun\n  senses: [peace]\n');
  writeFileSync(join(directory, 'x.yaml'), '- word: xa\n  pos: adjective\n  senses: [far]\n- word: x\n  pos: verb\n');
  const { findings } = readLexicon(directory);
  const messages = findings.map((finding) => `${finding.file.split('/').pop()}:${finding.line}: ${finding.message}`);
  assert.ok(messages.some((message) => message.startsWith('t.yaml:4: "hoà bình" is already an entry')), messages.join('\n'));
  assert.ok(messages.some((message) => message.startsWith('x.yaml:4:') && message.includes('senses')), messages.join('\n'));
});

test('headline coverage leaves out entity mentions and reports the rest', () => {
  const lexicon = buildLexicon([entry('xích lại'), entry('gần')]);
  const headline = 'Nga - Triều Tiên xích lại gần nhau';
  const names = { find: () => [{ start: 0, end: 3, entityId: 'russia', text: 'Nga' }, { start: 6, end: 16, entityId: 'north-korea', text: 'Triều Tiên' }] };
  const result = cellCoverage(analyseText(headline, 'vi', { matcher: names, known: new Set(), lexicon }), 'headline');
  assert.equal(result.covered, 2);
  assert.deepEqual(result.uncovered, [{ syllable: 'nhau', unit: 'headline' }]);
});
