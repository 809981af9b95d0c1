// The Vietnamese original is sacred: every body line of each raw seed appears on its page, in order,
// sentence by sentence, and none of the scraped boilerplate does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { articles } from './site-data';

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
  test(`${article.slug}: the seed's body is on the page verbatim, its boilerplate is not`, async ({ reader, page }) => {
    const seedExclusions = excluded[article.seed];
    if (!seedExclusions) throw new Error(`no boilerplate record for seed ${article.seed}`);
    const raw = readFileSync(join(SEEDS, `${article.seed}.txt`), 'utf8').normalize('NFC');
    const skip = new Set([...seedExclusions.metadata, ...seedExclusions.boilerplate].map((entry) => entry.line));
    const body = raw
      .split('\n')
      .map((text, index) => ({ line: index + 1, text: text.trim() }))
      .filter(({ line, text }) => text && !skip.has(line))
      .map(({ text }) => text);

    await reader.open(article.slug);
    const blocks = await page.locator('.article-body .block').evaluateAll((elements) =>
      elements.map((block) => Array.from(block.querySelectorAll('[lang="vi"][data-align]'), (cell) => cell.textContent ?? '')),
    );
    expect(blocks.map((cells) => collapse(cells.join(' ')))).toEqual(body.map(collapse));
    for (const [index, cells] of blocks.entries()) {
      for (const cell of cells) expect(body[index], 'each sentence is an exact slice of its source line').toContain(cell);
    }

    const pageText = collapse((await page.locator('body').textContent()) ?? '');
    // Lone punctuation and the duplicated caption's second copy are proven absent by the block list above.
    for (const { text, reason } of seedExclusions.boilerplate.filter((entry) => entry.text.length > 3 && entry.reason !== 'duplicate of the line before')) {
      expect(pageText, `boilerplate (${reason}): ${text}`).not.toContain(collapse(text));
    }
  });
}
