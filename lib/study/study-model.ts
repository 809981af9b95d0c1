// The learner's data as the islands and the pure study modules use it (study-data.ts has the
// schemas that check it when it is read). Import-free at run time, so an island that only needs a
// word's state or a card id does not ship zod.
import type { SavedWord } from './saved-words';
import type { DayTally, ReviewCard, SavedSentence, StoredWordState } from './study-data';

/** A word nobody saved is new; saving makes it learning; reviews (or the learner) make it known. */
export const WORD_STATES = ['new', 'learning', 'known', 'ignored'] as const;
export type WordState = (typeof WORD_STATES)[number];

export interface StudyData {
  words: SavedWord[];
  sentences: SavedSentence[];
  cards: Record<string, ReviewCard>;
  wordStates: Record<string, StoredWordState>;
  days: Record<string, DayTally>;
}

export function emptyStudyData(words: SavedWord[] = []): StudyData {
  return { words, sentences: [], cards: {}, wordStates: {}, days: {} };
}

/** A saved word has two cards (its meaning from the word; the word from its meaning, typed), a sentence one. */
export type CardKind = 'recognition' | 'cloze' | 'sentence';

export function wordCardId(kind: 'recognition' | 'cloze', word: Pick<SavedWord, 'word' | 'article' | 'unit'>): string {
  return `${kind}:${word.article}:${word.unit}:${word.word}`;
}

export function sentenceCardId(sentence: Pick<SavedSentence, 'article' | 'unit'>): string {
  return `sentence:${sentence.article}:${sentence.unit}`;
}

export function sameSentence(a: Pick<SavedSentence, 'article' | 'unit'>, b: Pick<SavedSentence, 'article' | 'unit'>): boolean {
  return a.article === b.article && a.unit === b.unit;
}

/** The cards of what is still saved: removing a word or a sentence removes its review history. */
export function pruneCards(data: StudyData): StudyData {
  const wanted = new Set([
    ...data.words.flatMap((word) => [wordCardId('recognition', word), wordCardId('cloze', word)]),
    ...data.sentences.map(sentenceCardId),
  ]);
  return { ...data, cards: Object.fromEntries(Object.entries(data.cards).filter(([id]) => wanted.has(id))) };
}

/** The learner's calendar day (local time): reviews per day and streaks count days as the learner lives them. */
export function dayOf(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
