import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_DIR, ContentError, type FileFinding } from '../content/load';
import { parseYaml } from '../content/yaml';
import { wordKey } from './normalize';
import { lexiconFileSchema, segmentationOverridesSchema, type LexiconEntry, type SegmentationOverride } from './schema';
import { buildLexicon, type Lexicon } from './segment';

export const LEXICON_DIR = join(CONTENT_DIR, 'lexicon');
const OVERRIDES_FILE = 'segmentation.yaml';

export interface LexiconContent {
  entries: LexiconEntry[];
  overrides: SegmentationOverride[];
  findings: FileFinding[];
}

/** Reads content/lexicon/*.yaml (entries) and segmentation.yaml (overrides); never throws for bad content. */
export function readLexicon(directory = LEXICON_DIR): LexiconContent {
  const entries: LexiconEntry[] = [];
  const findings: FileFinding[] = [];
  let overrides: SegmentationOverride[] = [];
  if (!existsSync(directory)) return { entries, overrides, findings };
  const seen = new Map<string, string>();
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.yaml')).sort()) {
    const path = join(directory, name);
    const file = relative(process.cwd(), path);
    const source = readFileSync(path, 'utf8');
    if (source !== source.normalize('NFC')) findings.push({ file, line: 1, severity: 'error', message: 'the file is not in Unicode NFC' });
    if (name === OVERRIDES_FILE) {
      const { data, findings: found } = parseYaml(source, segmentationOverridesSchema);
      findings.push(...found.map((finding) => ({ ...finding, file })));
      overrides = data ?? [];
      continue;
    }
    const { data, findings: found, lineOf } = parseYaml(source, lexiconFileSchema);
    findings.push(...found.map((finding) => ({ ...finding, file })));
    for (const [index, entry] of (data ?? []).entries()) {
      const key = wordKey(entry.word);
      const line = lineOf([index, 'word']);
      const earlier = seen.get(key);
      if (earlier) findings.push({ file, line, severity: 'error', message: `"${entry.word}" is already an entry (${earlier}); give it one entry with several senses` });
      else seen.set(key, `${file}:${line}`);
      entries.push(entry);
    }
  }
  return { entries, overrides, findings };
}

export interface LexiconIndex extends Lexicon {
  /** Override word lists per article and unit. */
  overridesFor: (article: string, unit: string) => readonly (readonly string[])[];
}

let cache: LexiconIndex | undefined;

export function buildLexiconIndex(entries: LexiconEntry[], overrides: SegmentationOverride[]): LexiconIndex {
  const byUnit = new Map<string, string[][]>();
  for (const override of overrides) {
    const key = `${override.article}#${override.unit}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), override.words]);
  }
  return { ...buildLexicon(entries), overridesFor: (article, unit) => byUnit.get(`${article}#${unit}`) ?? [] };
}

/** The lexicon for the build; an error in it stops the build with file:line messages. */
export function getLexicon(): LexiconIndex {
  if (cache) return cache;
  const { entries, overrides, findings } = readLexicon();
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length) throw new ContentError(errors);
  cache = buildLexiconIndex(entries, overrides);
  return cache;
}
