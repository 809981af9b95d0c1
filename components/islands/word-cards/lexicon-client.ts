// The lexicon in the browser: the article's own slice of it (lib/lexicon/slice: every entry its
// sentences can select), fetched on the first word card, not with the page, so the reader pays for
// it (and for the schema that checks it) only in study mode, and never for the whole lexicon.
// One load per page; a failed load is forgotten so that the next card tries again.
import type { LexiconEntry, Sense } from '@/lib/lexicon/schema';
import type { Lexicon } from '@/lib/lexicon/segment';
import { articleLexiconPath } from '@/lib/paths';

export interface LoadedLexicon {
  /** The entry for a word or syllable as written (case and tone-mark placement ignored). */
  lookup(text: string): LexiconEntry | undefined;
  /** The sense of an entry that fits a sentence, by its cue words. */
  senseIndexFor(entry: LexiconEntry, sentence: string): number;
}

let loading: Promise<LoadedLexicon> | null = null;

export function loadLexicon(slug: string): Promise<LoadedLexicon> {
  loading ??= (async () => {
    const [{ parseLexiconData }, { buildLexicon, lookup, senseIndexFor }] = await Promise.all([import('@/lib/lexicon/data'), import('@/lib/lexicon/segment')]);
    const path = articleLexiconPath(slug);
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const lexicon: Lexicon = buildLexicon(parseLexiconData(await response.json()));
    return { lookup: (text) => lookup(lexicon, text), senseIndexFor };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** An entry's senses with the one that fits first (the rest in their order). */
export function sensesFitFirst(entry: LexiconEntry, fitting: number): Sense[] {
  return [entry.senses[fitting], ...entry.senses.filter((_, index) => index !== fitting)].filter((sense) => sense !== undefined);
}
