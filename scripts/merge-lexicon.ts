// npm run lexicon:merge -- <draft.yaml> [<draft.yaml> …]
// Merges reviewed draft batches of lexicon entries into content/lexicon/<letter>.yaml: words the
// lexicon has are left as they are; a word drafted in two batches keeps the first batch's entry,
// and where the batches disagree on its Hán characters the characters are dropped (a missing
// character is honest, a wrong one is not). Every letter file is rewritten sorted, in one style
// (lib/lexicon/merge.ts, which the workbench uses too).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../lib/content/yaml';
import { LEXICON_DIR, readLexicon } from '../lib/lexicon/load';
import { lexiconFiles, mergeEntries } from '../lib/lexicon/merge';
import { lexiconFileSchema, type LexiconEntry } from '../lib/lexicon/schema';

const drafts = process.argv.slice(2);
if (!drafts.length) {
  console.error('usage: npm run lexicon:merge -- <draft.yaml> [<draft.yaml> …]');
  process.exit(2);
}

const existing = readLexicon();
if (existing.findings.some((finding) => finding.severity === 'error')) {
  console.error('the lexicon has errors: run npm run check:content first');
  process.exit(1);
}
const batches: { from: string; entries: LexiconEntry[] }[] = [];
for (const draft of drafts) {
  const { data, findings } = parseYaml(readFileSync(draft, 'utf8'), lexiconFileSchema);
  if (!data) {
    for (const finding of findings) console.error(`${draft}:${finding.line}: ${finding.message}`);
    process.exit(1);
  }
  batches.push({ from: draft, entries: data });
}
const merged = mergeEntries(existing.entries, batches);
for (const message of merged.messages) console.log(message);
const files = lexiconFiles(merged.entries.values());
for (const [letter, text] of files) writeFileSync(join(LEXICON_DIR, `${letter}.yaml`), text);
console.log(`lexicon: ${existing.entries.length} entries before, ${merged.entries.size} after (${merged.added} added, ${merged.skipped} already there, ${merged.hanDropped} with conflicting characters left without them)`);
