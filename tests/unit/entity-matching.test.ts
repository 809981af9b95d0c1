// The entity matcher: its rules on synthetic aliases, and a precision/recall corpus of sentences
// (tests/fixtures/entity-matching/corpus.yaml) run against the real knowledge base.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { z } from 'zod';
import { buildEntityIndex } from '../../lib/entities';
import { aliasKey, readEntities } from '../../lib/entities/load';
import { canonicalTone, createMatcher, type Alias, type Match } from '../../lib/entities/matcher';
import { entitySchema } from '../../lib/entities/schema';
import { capitalisedRuns } from '../../lib/entities/unmatched-names';

const found = (aliases: Alias[], text: string) => createMatcher(aliases).find(text).map((match) => `${match.text}=${match.entityId}`);

test('separators: space, hyphen and dash between the words of an alias are interchangeable', () => {
  const aliases = [{ text: 'Kim Jong-un', entityId: 'kju' }, { text: 'Nga - Triều', entityId: 'pair' }];
  assert.deepEqual(found(aliases, 'Kim Jong Un, Kim Jong-Un, Kim Jong–un; Nga-Triều, Nga – Triều.'), ['Kim Jong Un=kju', 'Kim Jong-Un=kju', 'Kim Jong–un=kju', 'Nga-Triều=pair', 'Nga – Triều=pair']);
  // Other punctuation is no separator.
  assert.deepEqual(found(aliases, 'Kim, Jong-un; Nga. Triều'), []);
});

test('tone-mark placement: old and new styles match each other, offsets stay those of the input', () => {
  assert.equal(canonicalTone('hòa thủy khỏe của thuê'), 'hoà thuỷ khoẻ của thuê');
  assert.equal(canonicalTone('Hòa').length, 'Hòa'.length);
  const matches = createMatcher([{ text: 'hòa bình', entityId: 'peace' }]).find('Vì hoà bình');
  assert.deepEqual(matches, [{ start: 3, end: 11, entityId: 'peace', text: 'hoà bình' }]);
});

test('case: lower-case words match any case; a capitalised word keeps its capital unless the alias is a multi-word proper name', () => {
  const aliases = [
    { text: 'ông Putin', entityId: 'putin' },
    { text: 'đối tác chiến lược', entityId: 'term' },
    { text: 'Choe Son Hui', entityId: 'choe' },
    { text: 'Mỹ', entityId: 'us' },
  ];
  assert.deepEqual(found(aliases, 'Ông Putin, ÔNG PUTIN và ông putin.'), ['Ông Putin=putin', 'ÔNG PUTIN=putin']);
  assert.deepEqual(found(aliases, 'Đối Tác Chiến Lược, ĐỐI TÁC CHIẾN LƯỢC'), ['Đối Tác Chiến Lược=term', 'ĐỐI TÁC CHIẾN LƯỢC=term']);
  assert.deepEqual(found(aliases, 'choe son-hui gặp Choe Son-Hui'), ['choe son-hui=choe', 'Choe Son-Hui=choe']);
  assert.deepEqual(found(aliases, 'mỹ nhân và MỸ'), ['MỸ=us']);
});

test('acronyms match exactly, and never inside a run of capitals', () => {
  const aliases = [{ text: 'CAO', entityId: 'cao' }, { text: 'TASS', entityId: 'tass' }];
  assert.deepEqual(found(aliases, 'Theo TASS (CAO), Cao và Tass.'), ['TASS=tass', 'CAO=cao']);
  assert.deepEqual(found(aliases, 'LÃNH ĐẠO CẤP CAO HỌP'), []);
  assert.deepEqual(found(aliases, 'CAO TẦNG'), []);
});

test('context rules: positive rules restrict an alias, stop contexts block it', () => {
  const aliases: Alias[] = [
    { text: 'Triều', entityId: 'nk', rule: { preceded_by: ['Nga', 'Trung'] } },
    { text: 'Nga', entityId: 'ru', rule: { not_preceded_by: ['Hằng', 'chị'], not_followed_by: ['Sơn'] } },
    { text: 'Supreme Leader', entityId: 'sl', rule: { preceded_by: ['North Korea’s'], followed_by: ['Kim'] } },
  ];
  assert.deepEqual(found(aliases, 'Nga-Triều, Trung – Triều, Triều đại, Hằng Nga, chị Nga, Nga Sơn, Nga.'), ['Nga=ru', 'Triều=nk', 'Triều=nk', 'Nga=ru']);
  assert.deepEqual(found(aliases, "North Korea's Supreme Leader; Supreme Leader Kim; Iran’s Supreme Leader Ali"), ['Supreme Leader=sl', 'Supreme Leader=sl']);
});

test('leftmost-longest, whole words, and a range that keeps its surroundings as context', () => {
  const aliases: Alias[] = [
    { text: 'Nga', entityId: 'ru', rule: { not_preceded_by: ['chị'] } },
    { text: 'Liên bang Nga', entityId: 'rf' },
  ];
  assert.deepEqual(found(aliases, 'Liên bang Nga, Ngai, Nga.'), ['Liên bang Nga=rf', 'Nga=ru']);
  const text = 'chị Nga và Nga';
  const inRange: Match[] = createMatcher(aliases).find(text, { start: 3, end: text.length });
  assert.deepEqual(inRange.map((match) => match.start), [11]);
});

test('the schema refuses a rule for a text the entity does not list; the ambiguity key folds separators, case and tone', () => {
  const base = { id: 'x', type: 'place', name: { en: 'X', vi: 'X' }, aliases: { vi: ['Nga'] }, gloss: { en: 'x', vi: 'x' }, explanation: { en: 'x', vi: 'x' } };
  assert.equal(entitySchema.safeParse({ ...base, alias_rules: { vi: { Nga: { not_preceded_by: ['chị'] } } } }).success, true);
  assert.equal(entitySchema.safeParse({ ...base, alias_rules: { vi: { Mỹ: { not_preceded_by: ['chị'] } } } }).success, false);
  assert.equal(entitySchema.safeParse({ ...base, alias_rules: { vi: { Nga: { near: ['x'] } } } }).success, false);
  assert.equal(aliasKey('Nga - Triều'), aliasKey('nga-triều'));
  assert.equal(aliasKey('Hòa Bình'), aliasKey('hoà bình'));
});

const caseSchema = z
  .object({
    lang: z.enum(['vi', 'en']),
    text: z.string(),
    mentions: z.array(z.object({ text: z.string(), entity: z.string() }).strict()).default([]),
    traps: z.array(z.union([z.string(), z.object({ text: z.string(), entity: z.string() }).strict()])).default([]),
  })
  .strict();
const corpus = z.array(caseSchema).parse(parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'entity-matching', 'corpus.yaml'), 'utf8')));
const { entities, findings } = readEntities();
const index = buildEntityIndex(entities);

function occurrences(text: string, part: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) starts.push(at);
  return starts;
}

test('the knowledge base loads without errors', () => {
  assert.deepEqual(findings.filter((finding) => finding.severity === 'error'), []);
});

test('precision and recall on the corpus: every variant found, no trap linked', (context) => {
  let expected = 0;
  let recalled = 0;
  let trapCount = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const item of corpus) {
    const text = item.text.normalize('NFC');
    const matches = index.matchers[item.lang].find(text);
    const known = new Set(entities.map((entity) => entity.id));
    for (const mention of item.mentions) {
      assert.ok(known.has(mention.entity), `corpus names an unknown entity: ${mention.entity}`);
      const starts = occurrences(text, mention.text);
      assert.ok(starts.length, `corpus: “${mention.text}” is not in “${text}”`);
      for (const start of starts) {
        expected += 1;
        const end = start + mention.text.length;
        const hit = matches.find((match) => match.start === start && match.end === end && match.entityId === mention.entity);
        if (hit) recalled += 1;
        else misses.push(`${item.lang}: “${mention.text}” → ${mention.entity} in “${text}” (found: ${matches.map((match) => `${match.text}=${match.entityId}`).join(', ') || 'nothing'})`);
        // A link overlapping a true mention but not exactly it is a false positive too.
        for (const match of matches) {
          if (match.start < end && match.end > start && !(match.start === start && match.end === end && match.entityId === mention.entity)) {
            falsePositives.push(`${item.lang}: ${match.text}=${match.entityId} overlaps “${mention.text}” → ${mention.entity} in “${text}”`);
          }
        }
      }
    }
    for (const trap of item.traps) {
      const part = typeof trap === 'string' ? trap : trap.text;
      const starts = occurrences(text, part);
      assert.ok(starts.length, `corpus: trap “${part}” is not in “${text}”`);
      for (const start of starts) {
        trapCount += 1;
        const end = start + part.length;
        for (const match of matches) {
          if (match.start < end && match.end > start && (typeof trap === 'string' || trap.entity === match.entityId)) {
            falsePositives.push(`${item.lang}: trap “${part}” linked as ${match.text}=${match.entityId} in “${text}”`);
          }
        }
      }
    }
  }
  context.diagnostic(`corpus: ${corpus.length} sentences; recall ${recalled}/${expected}; ${trapCount} traps, ${falsePositives.length} false positives`);
  assert.deepEqual(misses, [], 'every true reading is found');
  assert.deepEqual(falsePositives, [], 'no trap is linked');
});

test('annotate: the capitalised names no entity matched, without sentence-initial capitals, titles or headings', () => {
  const cell = (text: string, mentions: { start: number; end: number; entity: string; explicit: boolean }[] = []) => ({ text, mentions, words: [] });
  const names = (text: string) => capitalisedRuns(cell(text)).map((run) => run.text);
  assert.deepEqual(names('Theo RT, bà Kim Yo Jong gặp Thứ trưởng Ngoại giao Nga Andrei Rudenko tại Seoul.'), ['RT', 'Kim Yo Jong', 'Nga Andrei Rudenko', 'Seoul']);
  assert.deepEqual(names('Hôm qua, Duma Quốc gia họp.'), ['Duma']);
  assert.deepEqual(names('THÔNG CÁO VỀ HỘI NGHỊ CẤP CAO'), []);
  const text = 'Ông Putin gặp Kim Yo Jong.';
  assert.deepEqual(capitalisedRuns(cell(text, [{ start: 4, end: 9, entity: 'vladimir-putin', explicit: false }])).map((run) => run.text), ['Kim Yo Jong']);
});
