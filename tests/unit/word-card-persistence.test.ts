import assert from 'node:assert/strict';
import { test } from 'node:test';
import { savedWordFor, toggleSaved } from '../../components/islands/word-cards/persistence';
import type { LexiconEntry } from '../../lib/lexicon/schema';

const entry: LexiconEntry = { word: 'đối tác', pos: 'noun', senses: ['partner'], han: '對作' };
const sentence = { unit: 's7', vietnamese: 'Hai nước là đối tác.', english: 'The two countries are partners.' };
const page = { slug: 'nga-trieu-tien', path: '/en/articles/nga-trieu-tien/' };
const savedAt = new Date('2026-11-30T06:00:00.000Z');

test('a saved word keeps its sentence, the English and a link back to it', () => {
  assert.deepEqual(savedWordFor(entry, 'partner', sentence, page, savedAt), {
    word: 'đối tác',
    pos: 'noun',
    meaning: 'partner',
    han: '對作',
    sentenceVi: 'Hai nước là đối tác.',
    sentenceEn: 'The two countries are partners.',
    article: 'nga-trieu-tien',
    unit: 's7',
    link: '/en/articles/nga-trieu-tien/#s7',
    savedAt: '2026-11-30T06:00:00.000Z',
  });
  assert.equal(savedWordFor({ ...entry, han: undefined }, 'partner', sentence, page, savedAt).han, '');
});

test('saving toggles: the same word in the same sentence is removed, elsewhere it is another entry', () => {
  const word = savedWordFor(entry, 'partner', sentence, page, savedAt);
  const saved = toggleSaved([], word);
  assert.equal(saved.saved, true);
  assert.deepEqual(saved.words, [word]);
  const elsewhere = savedWordFor(entry, 'partner', { ...sentence, unit: 's9' }, page, savedAt);
  assert.equal(toggleSaved(saved.words, elsewhere).words.length, 2);
  const removed = toggleSaved(saved.words, { ...word, savedAt: 'later' });
  assert.equal(removed.saved, false);
  assert.deepEqual(removed.words, []);
});
