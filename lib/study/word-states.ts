// A word's state, LingQ/Lute style: new (never saved), learning (saved, or set back by a forgotten
// review), known (its cards have long intervals, or the learner says so), ignored (names, numbers:
// never tinted, never counted). Pure.
import { Rating, type Grade } from 'ts-fsrs';
import { blankWord } from './cloze';
import type { StoredWordState } from './study-data';
import { wordCardId, type StudyData, type WordState } from './study-model';

/** A word is known once every card of it comes back no sooner than this (Anki calls 21 days "mature"). */
export const KNOWN_AFTER_DAYS = 21;

export function wordState(data: Pick<StudyData, 'words' | 'wordStates'>, word: string): WordState {
  // Own keys only: a word spelled like an Object.prototype member ("constructor") is still a word.
  const stored = Object.hasOwn(data.wordStates, word) ? data.wordStates[word] : undefined;
  return stored ?? (data.words.some((saved) => saved.word === word) ? 'learning' : 'new');
}

/**
 * What a review changes: forgetting a known word makes it learning again; a word whose every card
 * (in every sentence it was saved from) has a mature interval becomes known. Null: no change. An
 * ignored word is left alone.
 */
export function stateAfterReview(data: StudyData, word: string, grade: Grade): StoredWordState | null {
  const current = wordState(data, word);
  if (current === 'ignored') return null;
  if (grade === Rating.Again) return current === 'known' ? 'learning' : null;
  const cards = data.words
    .filter((saved) => saved.word === word)
    .flatMap((saved) => [wordCardId('recognition', saved), ...(blankWord(saved.sentenceVi, saved.word) ? [wordCardId('cloze', saved)] : [])])
    .map((id) => data.cards[id]);
  // A card not yet seen is not mature: a word is known from both directions, not from its meaning alone.
  const mature = cards.length > 0 && cards.every((card) => card !== undefined && card.scheduledDays >= KNOWN_AFTER_DAYS);
  return mature && current !== 'known' ? 'known' : null;
}

/** Sets a word's state from its card; "new" forgets the explicit state. */
export function setWordState(data: StudyData, word: string, state: WordState): StudyData {
  const wordStates = { ...data.wordStates };
  if (state === 'new') delete wordStates[word];
  else wordStates[word] = state;
  return { ...data, wordStates };
}

/**
 * "You know 84% of its words": of the distinct words an article uses (lexicon entries), those known,
 * leaving ignored ones out of the count. Null for an article with no countable word.
 */
/** Whether the learner has begun: until a word is saved or marked, "you know 0%" would only be noise. */
export function hasStudied(data: Pick<StudyData, 'words' | 'wordStates'>): boolean {
  return data.words.length > 0 || Object.keys(data.wordStates).length > 0;
}

export function knownShare(data: Pick<StudyData, 'words' | 'wordStates'>, articleWords: Iterable<string>): { known: number; total: number; percent: number } | null {
  let known = 0;
  let total = 0;
  for (const word of new Set(articleWords)) {
    const state = wordState(data, word);
    if (state === 'ignored') continue;
    total += 1;
    if (state === 'known') known += 1;
  }
  return total ? { known, total, percent: Math.round((known / total) * 100) } : null;
}
