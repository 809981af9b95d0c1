// The five seeds still ingest to exactly the blocks, unit ids and Vietnamese of the committed articles.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readArticle } from '../../lib/content/load';
import { draftToMarkdown } from '../../lib/ingest/draft-to-markdown';
import { parseSeed } from '../../lib/ingest/parse-seed';

const ARTICLES = join(process.cwd(), 'content', 'articles');
const SEEDS = join(process.cwd(), 'tests', 'fixtures', 'seeds');

function shape(path: string, source: string): string[] {
  const { article } = readArticle(path, source);
  assert.ok(article, `${path} does not parse`);
  return article.structure.blocks.flatMap((block) => block.units.map((unit) => `${block.id} ${block.kind} ${unit.id} ${unit.vi}`));
}

for (const name of readdirSync(ARTICLES).filter((file) => file.endsWith('.md')).sort()) {
  const path = join(ARTICLES, name);
  const committed = readFileSync(path, 'utf8');
  const seed = /^\s+seed: (\S+)$/mu.exec(committed)?.[1];
  if (!seed) continue;
  test(`seed ${seed} ingests to the units and ids of ${name}`, () => {
    const draft = parseSeed(readFileSync(join(SEEDS, `${seed}.txt`), 'utf8'));
    const expected = shape(path, committed);
    const actual = shape(path, draftToMarkdown(draft, seed).replace(/^slug: .*$/mu, `slug: ${name.replace(/\.md$/u, '')}`));
    assert.deepEqual(actual, expected);
  });
}
