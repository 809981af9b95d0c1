// The plan in force for a build (lib/build/export-plan.ts), as the routes and the post-steps read it:
// the slugs a route renders, and which files of out/ lie in a reused output (write-headers must not
// read or rewrite them, their .br and .gz included).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { endsToRefill, entitiesToRender, EXPORT_PLAN_VARIABLE, isReused, reusedOutputTest, slugsToRender } from '../../lib/build/export-plan';
import { buildManifest, planExport } from '../../lib/build/plan';

const root = mkdtempSync(join(tmpdir(), 'song-ngu-plan-'));
after(() => rmSync(root, { recursive: true, force: true }));
const articles = ['a', 'b', 'c', 'd'].map((slug) => ({ slug, sourceHash: `${slug}-v1`, shown: null }));
const entities = [
  { id: 'putin', shown: ['a', 'c'] },
  { id: 'kim', shown: ['b'] },
];
const previous = buildManifest('fingerprint', articles, entities);
// c is edited; d's end now shows c's new headline.
const current = buildManifest(
  'fingerprint',
  [...articles.slice(0, 2), { slug: 'c', sourceHash: 'c-v2', shown: null }, { slug: 'd', sourceHash: 'd-v1', shown: { next: 'c, edited' } }],
  [{ id: 'putin', shown: ['a', 'c, edited'] }, entities[1] ?? { id: '', shown: null }],
);
const file = join(root, 'plan.json');
writeFileSync(file, JSON.stringify(planExport(current, { manifest: previous, exportMatches: true })));
process.env[EXPORT_PLAN_VARIABLE] = file;

test('a route renders only the slugs the plan names; the others are reused', () => {
  assert.deepEqual(slugsToRender('page', ['a', 'b', 'c', 'd']), ['c']);
  assert.deepEqual(slugsToRender('lexicon-slice', ['a', 'b', 'c', 'd']), ['c']);
  assert.deepEqual(endsToRefill(), ['d']);
  assert.ok(isReused('cards', 'a') && !isReused('cards', 'c'));
  assert.deepEqual(entitiesToRender(['putin', 'kim']), ['putin']);
});

test('files inside a reused output, and their compressed copies, are recognised; the others are not', () => {
  const reused = reusedOutputTest();
  for (const path of ['en/articles/a/', 'en/articles/a/index.html', 'vi/articles/b/s/s3/index.html.br', 'data/articles/a.json', 'data/words/b.json.gz', 'cards/a/s1/card.png', 'vi/entities/kim/index.html', 'en/entities/kim/index.html.br']) {
    assert.ok(reused(path), path);
  }
  for (const path of ['en/articles/c/index.html', 'data/articles/c.json', 'data/articles/ab.json', 'en/articles/', 'en/index.html', 'cards/c/card.png', 'en/articles/abc/index.html', 'vi/entities/putin/index.html', 'vi/entities/index.html', 'en/entities/kimchi/index.html']) {
    assert.ok(!reused(path), path);
  }
});

test("a reused page whose end is rewritten is a new file: it, its compressed copies and the directories holding it are not reused; the rest of its directory is", () => {
  const reused = reusedOutputTest();
  for (const path of ['en/articles/d/index.html', 'vi/articles/d/index.html.br', 'en/articles/d/index.html.gz', 'en/articles/d/', 'vi/articles/d/']) assert.ok(!reused(path), path);
  for (const path of ['en/articles/d/index.txt', 'en/articles/d/s/s1/index.html', 'vi/articles/d/s/s2/index.html.br', 'data/articles/d.json', 'cards/d/s1/card.png']) assert.ok(reused(path), path);
});
