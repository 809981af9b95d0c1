// npm run ingest -- <raw.txt> [--out content/articles/<slug>.md] [--force]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { draftFrontmatter, draftToMarkdown } from '../lib/ingest/draft-to-markdown';
import { parseSeed } from '../lib/ingest/parse-seed';

const args = process.argv.slice(2);
const input = args.find((arg) => !arg.startsWith('--') && args[args.indexOf(arg) - 1] !== '--out');
if (!input) {
  console.error('usage: npm run ingest -- <raw.txt> [--out <file.md>] [--force]');
  process.exit(2);
}
const seed = basename(input).replace(/\.[^.]+$/, '');
const draft = parseSeed(readFileSync(input, 'utf8'));
const outIndex = args.indexOf('--out');
const slug = String(draftFrontmatter(draft, seed).slug);
const out = outIndex !== -1 ? args[outIndex + 1] : join('content', 'articles', `${slug}.md`);
if (!out) {
  console.error('--out needs a file name');
  process.exit(2);
}
if (existsSync(out) && !args.includes('--force')) {
  console.error(`${out} exists: an ingested article is edited by hand from then on. Pass --force to overwrite it.`);
  process.exit(1);
}
writeFileSync(out, draftToMarkdown(draft, seed));
const units = draft.blocks.reduce((sum, block) => sum + block.sentences.length, 0);
console.log(`${out}: ${draft.blocks.length} blocks, ${units} units; dropped ${draft.dropped.length} boilerplate lines:`);
for (const line of draft.dropped) console.log(`  line ${line.line} (${line.reason}): ${line.text.slice(0, 70)}`);
