// The lexicon as served at /data/lexicon.json (open data) and in per-article slices at
// /data/lexicon/<slug>.json (what the word cards load).
import { z } from 'zod';
import { lexiconFileSchema, type LexiconEntry } from './schema';

export const LEXICON_DATA_VERSION = 1;

const lexiconDataSchema = z.strictObject({ version: z.literal(LEXICON_DATA_VERSION), entries: lexiconFileSchema });

export function lexiconData(entries: readonly LexiconEntry[]) {
  return { version: LEXICON_DATA_VERSION, entries };
}

/** Checks what the network returned before anything trusts it. */
export function parseLexiconData(data: unknown): LexiconEntry[] {
  return lexiconDataSchema.parse(data).entries;
}
