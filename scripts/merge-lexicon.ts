// npm run lexicon:merge -- <draft.yaml> [<draft.yaml> …]
// Merges reviewed draft batches of lexicon entries into content/lexicon/<letter>.yaml: words the
// lexicon has are left as they are; a word drafted in two batches keeps the first batch's entry,
// and where the batches disagree on its Hán characters the characters are dropped (a missing
// character is honest, a wrong one is not). Every letter file is rewritten sorted, in one style.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { parseYaml } from '../lib/content/yaml';
import { LEXICON_DIR, readLexicon } from '../lib/lexicon/load';
import { wordKey } from '../lib/lexicon/normalize';
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
const entries = new Map(existing.entries.map((entry) => [wordKey(entry.word), entry]));
const added = new Map<string, { entry: LexiconEntry; from: string }>();
let skipped = 0;
let hanDropped = 0;
for (const draft of drafts) {
  const { data, findings } = parseYaml(readFileSync(draft, 'utf8'), lexiconFileSchema);
  if (!data) {
    for (const finding of findings) console.error(`${draft}:${finding.line}: ${finding.message}`);
    process.exit(1);
  }
  for (const entry of data) {
    const key = wordKey(entry.word);
    if (entries.has(key) && !added.has(key)) {
      skipped += 1;
      continue;
    }
    const earlier = added.get(key);
    if (!earlier) {
      added.set(key, { entry, from: draft });
      entries.set(key, entry);
      continue;
    }
    if (earlier.entry.han && entry.han && earlier.entry.han !== entry.han) {
      const { word, pos, senses, note, field } = earlier.entry;
      const withoutHan: LexiconEntry = { word, pos, senses, ...(note ? { note } : {}), ...(field ? { field } : {}) };
      console.log(`"${entry.word}": ${earlier.entry.han} (${earlier.from}) or ${entry.han} (${draft}): characters dropped`);
      earlier.entry = withoutHan;
      entries.set(key, withoutHan);
      hanDropped += 1;
    }
  }
}

/** The file a word belongs in: its first letter without marks (đ with d, ă and â with a …). */
function letterOf(word: string): string {
  return word.charAt(0).normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd').toLowerCase();
}

// Inside `{ … }` and `[ … ]` a plain scalar may not hold these; such values are double-quoted.
const FLOW_UNSAFE = /[,[\]{}#&*!|>'"%@`]|: |^[-?:\s]|\s$/;
// … and a value YAML would read as something else (true, null, 12) is quoted too.
const flow = (value: string) => (FLOW_UNSAFE.test(value) || parse(value) !== value ? JSON.stringify(value) : value);
const block = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

function entryYaml(entry: LexiconEntry): string {
  const lines = [`- word: ${block(entry.word)}`, `  pos: ${entry.pos}`, '  senses:'];
  for (const sense of entry.senses) {
    if (typeof sense === 'string') lines.push(`    - ${block(sense)}`);
    else lines.push(`    - en: ${block(sense.en)}`, `      when: [${sense.when.map(flow).join(', ')}]`);
  }
  if (entry.han) {
    lines.push(`  han: ${block(entry.han)}`, '  morphemes:');
    for (const part of entry.morphemes ?? []) lines.push(`    - { syllable: ${flow(part.syllable)}, han: ${flow(part.han)}, gloss: ${flow(part.gloss)} }`);
  }
  if (entry.note) lines.push(`  note: ${block(entry.note)}`);
  if (entry.field) lines.push(`  field: ${entry.field}`);
  return lines.join('\n');
}

const byLetter = new Map<string, LexiconEntry[]>();
for (const entry of entries.values()) byLetter.set(letterOf(entry.word), [...(byLetter.get(letterOf(entry.word)) ?? []), entry]);
const collator = new Intl.Collator('vi');
const files = new Map<string, string>();
for (const [letter, list] of byLetter) {
  list.sort((a, b) => collator.compare(a.word, b.word));
  const header = `# Lexicon: words beginning with ${letter === 'd' ? 'd and đ' : letter}. Schema: lib/lexicon/schema.ts.`;
  const text = `${[header, ...list.map(entryYaml)].join('\n')}\n`;
  // The style is ours; the data must not change: every file is read back before any is written.
  const { data, findings } = parseYaml(text, lexiconFileSchema);
  const problem = findings[0];
  if (problem) throw new Error(`${letter}.yaml would not read back: line ${problem.line}: ${problem.message}\n${text.split('\n')[problem.line - 1] ?? ''}`);
  const changed = list.find((entry, index) => !isDeepStrictEqual(data?.[index], entry));
  if (changed) throw new Error(`${letter}.yaml would not read back as written, at "${changed.word}"`);
  files.set(join(LEXICON_DIR, `${letter}.yaml`), text);
}
for (const [path, text] of files) writeFileSync(path, text);
console.log(`lexicon: ${existing.entries.length} entries before, ${entries.size} after (${added.size} added, ${skipped} already there, ${hanDropped} with conflicting characters left without them)`);
