// Merging new lexicon entries into the lexicon and writing its letter files in one style: used by
// `npm run lexicon:merge` (reviewed batches) and by the workbench (one entry from a selection).
// Pure: entries in, file texts out; every file is read back before the caller writes any.
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { parseYaml } from '../content/yaml';
import { wordKey } from './normalize';
import { lexiconFileSchema, type LexiconEntry } from './schema';

export interface MergeResult {
  /** Every entry, keyed by wordKey. */
  entries: Map<string, LexiconEntry>;
  added: number;
  skipped: number;
  hanDropped: number;
  /** One line per word whose Hán characters two batches disagree on. */
  messages: string[];
}

/**
 * Words the lexicon has are left as they are; a word drafted in two batches keeps the first batch's
 * entry, and where the batches disagree on its Hán characters the characters are dropped (a missing
 * character is honest, a wrong one is not).
 */
export function mergeEntries(existing: readonly LexiconEntry[], batches: readonly { from: string; entries: readonly LexiconEntry[] }[]): MergeResult {
  const entries = new Map(existing.map((entry) => [wordKey(entry.word), entry]));
  const added = new Map<string, { entry: LexiconEntry; from: string }>();
  const result: MergeResult = { entries, added: 0, skipped: 0, hanDropped: 0, messages: [] };
  for (const { from, entries: batch } of batches) {
    for (const entry of batch) {
      const key = wordKey(entry.word);
      if (entries.has(key) && !added.has(key)) {
        result.skipped += 1;
        continue;
      }
      const earlier = added.get(key);
      if (!earlier) {
        added.set(key, { entry, from });
        entries.set(key, entry);
        continue;
      }
      if (earlier.entry.han && entry.han && earlier.entry.han !== entry.han) {
        const { word, pos, senses, note, field } = earlier.entry;
        const withoutHan: LexiconEntry = { word, pos, senses, ...(note ? { note } : {}), ...(field ? { field } : {}) };
        result.messages.push(`"${entry.word}": ${earlier.entry.han} (${earlier.from}) or ${entry.han} (${from}): characters dropped`);
        earlier.entry = withoutHan;
        entries.set(key, withoutHan);
        result.hanDropped += 1;
      }
    }
  }
  result.added = added.size;
  return result;
}

/** The file a word belongs in: its first letter without marks (đ with d, ă and â with a …). */
export function letterOf(word: string): string {
  return word.charAt(0).normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd').toLowerCase();
}

// Inside `{ … }` and `[ … ]` a plain scalar may not hold these; such values are double-quoted.
const FLOW_UNSAFE = /[,[\]{}#&*!|>'"%@`]|: |^[-?:\s]|\s$/;
// … and a value YAML would read as something else (true, null, 12) is quoted too.
const flow = (value: string) => (FLOW_UNSAFE.test(value) || parse(value) !== value ? JSON.stringify(value) : value);
const block = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

export function entryYaml(entry: LexiconEntry): string {
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

/** Letter → the text of its file (`<letter>.yaml`), sorted, each verified to read back as written. */
export function lexiconFiles(entries: Iterable<LexiconEntry>): Map<string, string> {
  const byLetter = new Map<string, LexiconEntry[]>();
  for (const entry of entries) byLetter.set(letterOf(entry.word), [...(byLetter.get(letterOf(entry.word)) ?? []), entry]);
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
    files.set(letter, text);
  }
  return files;
}
