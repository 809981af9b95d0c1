import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTranslator } from '../../lib/client/i18n/translator';
import { messagesFor } from '../../lib/i18n/resources';

test('interpolates values, formatting numbers for the locale', () => {
  const t = createTranslator('en', { wordCard: { noEntry: 'The lexicon has no entry for “{{word}}”.' }, library: { readingTime: '{{count, number}} min read' } });
  assert.equal(t('wordCard.noEntry', { word: 'đối tác' }), 'The lexicon has no entry for “đối tác”.');
  assert.equal(t('library.readingTime', { count: 1234 }), '1,234 min read');
  assert.equal(createTranslator('vi', { library: { readingTime: '{{count, number}} phút đọc' } })('library.readingTime', { count: 1234 }), '1.234 phút đọc');
});

test('picks the plural form the language has, falling back to _other', () => {
  const english = createTranslator('en', { search: messagesFor('en').search });
  assert.equal(english('search.results', { count: 1, query: 'nga' }), '1 result for “nga”');
  assert.equal(english('search.results', { count: 2, query: 'nga' }), '2 results for “nga”');
  // Vietnamese defines only "other", the one category Intl.PluralRules('vi') has.
  const vietnamese = createTranslator('vi', { search: messagesFor('vi').search });
  assert.equal(vietnamese('search.results', { count: 1, query: 'nga' }), '1 kết quả cho “nga”');
});

test('reads nested keys and shows the key of a missing string', () => {
  const t = createTranslator('en', { search: messagesFor('en').search });
  assert.equal(t('search.groups.sentence'), 'Sentences');
  const loose = createTranslator('en', { a: { b: 'B' } });
  assert.equal(loose('a.b'), 'B');
  // A namespace the page did not hand over (the type forbids it; a stale build could still ask).
  const partial: { a: { b?: string } } = { a: {} };
  assert.equal(createTranslator('en', partial)('a.b'), 'a.b');
});

test('leaves a placeholder without a value as it is', () => {
  assert.equal(createTranslator('en', { x: { y: 'Hi {{name}}' } })('x.y'), 'Hi {{name}}');
});

test('every island namespace has the same keys in both languages, with values', () => {
  for (const namespace of ['wordCard', 'cards', 'studyTools', 'shareActions', 'readerControls', 'theme', 'partsOfSpeech'] as const) {
    const english = Object.keys(messagesFor('en')[namespace]).sort();
    const vietnamese = Object.keys(messagesFor('vi')[namespace]).sort();
    assert.deepEqual(vietnamese, english, namespace);
  }
});
