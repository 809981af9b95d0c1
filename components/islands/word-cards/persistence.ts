// Saving a word from its card: what is kept (the word in its sentence, with the English and a link
// back) and the toggle. Pure (tests/unit/word-card-persistence.test.ts); the storage itself is
// components/saved-words-store.ts, loaded with the first card, not with the page.
import type { LexiconEntry } from '@/lib/lexicon/schema';
import { sameOccurrence } from '@/lib/study/occurrence';
import type { SavedWord } from '@/lib/study/saved-words';

export const savedWordsStore = () => import('@/components/saved-words-store');

/** The article the cards are on: its slug and its path in this interface language. */
export interface ArticlePage {
  slug: string;
  path: string;
}

export interface SentenceContext {
  unit: string;
  vietnamese: string;
  english: string;
}

export function savedWordFor(entry: Pick<LexiconEntry, 'word' | 'pos' | 'han'>, meaning: string, sentence: SentenceContext, page: ArticlePage, savedAt: Date): SavedWord {
  return {
    word: entry.word,
    pos: entry.pos,
    meaning,
    han: entry.han ?? '',
    sentenceVi: sentence.vietnamese,
    sentenceEn: sentence.english,
    article: page.slug,
    unit: sentence.unit,
    link: `${page.path}#${sentence.unit}`,
    savedAt: savedAt.toISOString(),
  };
}

/** The list after saving the word, or removing it if this occurrence is already saved. */
export function toggleSaved(words: readonly SavedWord[], candidate: SavedWord): { words: SavedWord[]; saved: boolean } {
  const isSaved = words.some((word) => sameOccurrence(word, candidate));
  return isSaved ? { words: words.filter((word) => !sameOccurrence(word, candidate)), saved: false } : { words: [...words, candidate], saved: true };
}
