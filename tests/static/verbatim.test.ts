// The Vietnamese original is sacred: every body line of each raw seed appears on its page, in order,
// sentence by sentence, and none of the scraped boilerplate does. Read from the exported HTML.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toString } from 'hast-util-to-string';
import { CLASS, hasClass, isCell } from '../../lib/render/contract';
import { articles } from '../e2e/site-data';
import { elements, page } from './out';

// A byte-for-byte copy of ../shared/seeds, so the check runs on any clone.
const SEEDS = join(process.cwd(), 'tests', 'fixtures', 'seeds');
interface SeedLine {
  line: number;
  text: string;
  reason?: string;
}
// Reviewed by hand: which lines of each seed are metadata (headline, date line, byline) and which are boilerplate.
const excluded: Record<string, { metadata: SeedLine[]; boilerplate: SeedLine[] }> = JSON.parse(
  readFileSync(join(process.cwd(), 'tests', 'fixtures', 'seed-boilerplate.json'), 'utf8'),
);
const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

for (const article of articles) {
  test(`${article.slug}: the seed's body is on the page verbatim, its boilerplate is not`, () => {
    const seedExclusions = excluded[article.seed];
    assert.ok(seedExclusions, `no boilerplate record for seed ${article.seed}`);
    const raw = readFileSync(join(SEEDS, `${article.seed}.txt`), 'utf8').normalize('NFC');
    const skip = new Set([...seedExclusions.metadata, ...seedExclusions.boilerplate].map((entry) => entry.line));
    const body = raw
      .split('\n')
      .map((text, index) => ({ line: index + 1, text: text.trim() }))
      .filter(({ line, text }) => text && !skip.has(line))
      .map(({ text }) => text);

    const tree = page(`/en/articles/${article.slug}/`);
    const [articleBody] = elements(tree, (element) => hasClass(element, CLASS.articleBody));
    assert.ok(articleBody, 'the page has an article body');
    const blocks = elements(articleBody, (element) => hasClass(element, CLASS.block)).map((block) =>
      elements(block, (element) => isCell(element) && element.properties.lang === 'vi').map((cell) => toString(cell)),
    );
    assert.deepEqual(
      blocks.map((cells) => collapse(cells.join(' '))),
      body.map(collapse),
    );
    for (const [index, cells] of blocks.entries()) {
      for (const cell of cells) assert.ok(body[index]?.includes(cell), `each sentence is an exact slice of its source line: ${cell}`);
    }

    const pageText = collapse(toString(tree));
    // Lone punctuation and the duplicated caption's second copy are proven absent by the block list above.
    for (const { text, reason } of seedExclusions.boilerplate.filter((entry) => entry.text.length > 3 && entry.reason !== 'duplicate of the line before')) {
      assert.ok(!pageText.includes(collapse(text)), `boilerplate (${reason}): ${text}`);
    }
  });
}
