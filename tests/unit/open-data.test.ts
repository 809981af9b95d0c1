import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseBody } from '../../lib/article/analyse';
import { parseMarkdown } from '../../lib/article/parse';
import { buildEntityIndex } from '../../lib/entities';
import { entitySchema } from '../../lib/entities/schema';
import { cellData } from '../../lib/export/article-data';
import { buildLexiconIndex } from '../../lib/lexicon/load';

const entity = (id: string, vi: string, en: string) =>
  entitySchema.parse({
    id,
    type: 'place',
    name: { vi, en },
    aliases: { vi: [vi], en: [en] },
    gloss: { vi: vi, en: en },
    explanation: { vi: vi, en: en },
  });
const entities = buildEntityIndex([entity('russia', 'Nga', 'Russia')]);
const lexicon = buildLexiconIndex(
  [
    { word: 'hiệp ước', pos: 'noun', senses: ['treaty'] },
    { word: 'này', pos: 'determiner', senses: ['this'] },
    { word: 'với', pos: 'preposition', senses: ['with'] },
  ],
  [],
);

function units(markdown: string) {
  return analyseBody(parseMarkdown(markdown), { entities, lexicon }, 'fixture').flatMap((block) => block.units);
}

test('open data spans are offsets into the cell text: explicit and found mentions, words, links', () => {
  const [unit] = units(
    '::::paragraph{#p1}\n:::unit{#s1}\nÔng :entity[Vla-đi-mia]{#russia} và [Nga](https://example.org/) thăm Nga.\n\nHe and [Russia](https://example.org/) visit Russia.\n:::\n::::\n',
  );
  assert.ok(unit?.en);
  assert.deepEqual(cellData(unit.vi), {
    text: 'Ông Vla-đi-mia và Nga thăm Nga.',
    annotations: [
      { start: 4, end: 14, entity: 'russia', text: 'Vla-đi-mia' },
      { start: 27, end: 30, entity: 'russia', text: 'Nga' },
    ],
  });
  assert.deepEqual(cellData(unit.en).annotations, [{ start: 20, end: 26, entity: 'russia', text: 'Russia' }]);
});

test('word spans carry their lexicon id; names, links and digits are no words; unknown stretches are left out of open data', () => {
  const [unit] = units('::::paragraph{#p1}\n:::unit{#s1}\nHiệp ước này với Nga năm 2024 lạ.\n\nThis treaty with Russia.\n:::\n::::\n');
  assert.ok(unit);
  assert.equal(unit.vi.text, 'Hiệp ước này với Nga năm 2024 lạ.');
  assert.deepEqual(cellData(unit.vi).words, [
    { start: 0, end: 8, lexicon: 'hiệp ước', text: 'Hiệp ước' },
    { start: 9, end: 12, lexicon: 'này', text: 'này' },
    { start: 13, end: 16, lexicon: 'với', text: 'với' },
  ]);
  // The model keeps what the lexicon lacks, as words without an entry.
  assert.deepEqual(
    unit.vi.words.filter((word) => word.entry === null).map((word) => unit.vi.text.slice(word.start, word.end)),
    ['năm', 'lạ'],
  );
});

test('{off} keeps the linker away but not the words; an unknown id is no mention', () => {
  const [unit] = units('::::paragraph{#p1}\n:::unit{#s1}\n:entity[Nga]{off} với :entity[này]{#nobody}.\n:::\n::::\n');
  assert.ok(unit);
  assert.deepEqual(unit.vi.mentions, []);
  assert.deepEqual(
    unit.vi.words.map((word) => word.entry),
    [null, 'với', 'này'],
  );
  assert.equal(unit.en, null);
});
