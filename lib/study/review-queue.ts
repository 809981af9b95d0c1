// Which cards are due and what answering one changes: the card's schedule, the day's tally and,
// through word-states.ts, the word's state. Pure (tests/unit/review.test.ts); the page island only
// reads and stores.
import type { Grade } from 'ts-fsrs';
import { Rating } from 'ts-fsrs';
import { blankWord } from './cloze';
import { gradeCard, newCard } from './schedule';
import type { SavedWord } from './saved-words';
import type { ReviewCard, SavedSentence } from './study-data';
import { dayOf, sentenceCardId, wordCardId, type StudyData } from './study-model';
import { stateAfterReview, wordState } from './word-states';

/** New cards a day brings in at most (Anki's default): saving forty key words is not forty cards today. */
export const NEW_CARDS_PER_DAY = 20;

export type ReviewItem =
  | { id: string; kind: 'recognition' | 'cloze'; word: SavedWord; card: ReviewCard | null }
  | { id: string; kind: 'sentence'; sentence: SavedSentence; card: ReviewCard | null };

/** Every card of what is saved; ignored words have none to review. A word's cloze needs its sentence to contain it. */
export function reviewItems(data: StudyData): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const word of data.words) {
    if (wordState(data, word.word) === 'ignored') continue;
    const recognition = wordCardId('recognition', word);
    items.push({ id: recognition, kind: 'recognition', word, card: data.cards[recognition] ?? null });
    const cloze = wordCardId('cloze', word);
    if (blankWord(word.sentenceVi, word.word)) items.push({ id: cloze, kind: 'cloze', word, card: data.cards[cloze] ?? null });
  }
  for (const sentence of data.sentences) {
    const id = sentenceCardId(sentence);
    items.push({ id, kind: 'sentence', sentence, card: data.cards[id] ?? null });
  }
  return items;
}

/**
 * The cards to review now: those due (earliest first), then new ones up to the day's allowance. A
 * word's cloze waits until its recognition card has been seen once, and comes after the new words:
 * the learner meets the word before being asked to produce it.
 */
export function dueItems(data: StudyData, now: Date): ReviewItem[] {
  const items = reviewItems(data);
  const seen = new Set(items.filter((item) => item.card).map((item) => item.id));
  const due = items
    .filter((item): item is ReviewItem & { card: ReviewCard } => item.card !== null && Date.parse(item.card.due) <= now.getTime())
    .sort((a, b) => Date.parse(a.card.due) - Date.parse(b.card.due));
  const allowance = Math.max(0, NEW_CARDS_PER_DAY - (data.days[dayOf(now)]?.introduced ?? 0));
  // New clozes after the new words: typing a word straight after seeing its answer tests nothing.
  const fresh = items
    .filter((item) => item.card === null && (item.kind !== 'cloze' || seen.has(wordCardId('recognition', item.word))))
    .sort((a, b) => Number(a.kind === 'cloze') - Number(b.kind === 'cloze'))
    .slice(0, allowance);
  return [...due, ...fresh];
}

/** Anki's learn-ahead limit: with nothing else due, a card due within this shows now rather than after a wait. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

/** What a review session shows now: the due cards, or, when none is left, those due within the learn-ahead limit. */
export function sessionItems(data: StudyData, now: Date): ReviewItem[] {
  const due = dueItems(data, now);
  return due.length ? due : dueItems(data, new Date(now.getTime() + LEARN_AHEAD_MS));
}

/** The next time anything comes due, for "all done for today": null if nothing is scheduled. */
export function nextDue(data: StudyData): Date | null {
  const times = reviewItems(data).flatMap((item) => (item.card ? [Date.parse(item.card.due)] : []));
  return times.length ? new Date(Math.min(...times)) : null;
}

/** The store after answering one card: its new schedule, the day's tally, and the word's state. */
export function applyGrade(data: StudyData, item: ReviewItem, grade: Grade, now: Date): StudyData {
  const card = gradeCard(item.card ?? newCard(now), grade, now);
  const cards = { ...data.cards, [item.id]: card };
  const day = dayOf(now);
  const tally = data.days[day] ?? { reviews: 0, again: 0, introduced: 0 };
  const days = {
    ...data.days,
    [day]: { reviews: tally.reviews + 1, again: tally.again + (grade === Rating.Again ? 1 : 0), introduced: tally.introduced + (item.card ? 0 : 1) },
  };
  const next = { ...data, cards, days };
  if (item.kind === 'sentence') return next;
  const state = stateAfterReview(next, item.word.word, grade);
  return state ? { ...next, wordStates: { ...next.wordStates, [item.word.word]: state } } : next;
}
