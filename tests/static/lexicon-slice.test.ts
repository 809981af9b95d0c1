// A word card loads its article's slice of the lexicon, not the whole of it: the slice has every
// entry the article's words point at, and is a small part of the whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { articleDataPath, articleLexiconPath, LEXICON_PATH } from '../../lib/paths';
import { articles } from '../e2e/site-data';
import { readOut } from './out';

const lexiconFile = z.object({ version: z.literal(1), entries: z.array(z.object({ word: z.string() })) });
const words = z.object({ units: z.array(z.object({ vi: z.object({ words: z.array(z.object({ lexicon: z.string() })).optional() }) })) });

for (const article of articles) {
  test(`${article.slug}: its lexicon slice has every entry its words use, and is a small part of the lexicon`, () => {
    const slice = new Set(lexiconFile.parse(JSON.parse(readOut(articleLexiconPath(article.slug)))).entries.map((entry) => entry.word));
    const used = words.parse(JSON.parse(readOut(articleDataPath(article.slug)))).units.flatMap((unit) => unit.vi.words ?? []);
    assert.ok(used.length > 100);
    for (const word of used) assert.ok(slice.has(word.lexicon), `${word.lexicon} is missing from the slice`);
    const whole = lexiconFile.parse(JSON.parse(readOut(LEXICON_PATH))).entries.length;
    assert.ok(slice.size * 5 < whole, `${slice.size} of ${whole} entries`);
  });
}
