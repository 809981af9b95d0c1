// What the learner's store holds besides the saved words (saved-words.ts): saved sentences, the
// review state of every card, the state of each word (learning, known, ignored) and a tally of
// reviews per day for the progress view. The schemas here (zod: only what reads the store imports
// them); the model and its pure helpers in study-model.ts; the store's versions in saved-words.ts.
//
// Why localStorage still fits (the issue allowed IndexedDB): the review log is kept as one tally
// per day, not one record per answer, so a year of daily reviews is about 20 k characters; a card is
// about 250. A learner with 1,000 saved words (2,000 cards) and a year of tallies stores about 1 M
// characters, a fifth of the 5 M browsers allow a site (tests/unit/review.test.ts checks the
// budget); past that, a write fails with a quota error, which is reported, never swallowed.
import { z } from 'zod';

const isoDate = z.iso.datetime({ offset: true });
const count = z.number().int().min(0).max(1e9);

/** ts-fsrs's card (schedule.ts converts), as plain JSON. */
export const reviewCardSchema = z.strictObject({
  due: isoDate,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsedDays: count,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: isoDate.optional(),
});
export type ReviewCard = z.infer<typeof reviewCardSchema>;

/** A whole sentence kept for review ("Save this sentence"). */
export const savedSentenceSchema = z.strictObject({
  sentenceVi: z.string().min(1),
  sentenceEn: z.string(),
  article: z.string(),
  unit: z.string(),
  link: z.string(),
  savedAt: z.string(),
});
export type SavedSentence = z.infer<typeof savedSentenceSchema>;

/** The states the learner or the reviews set explicitly ("new" is the absence of one). */
export const storedWordStateSchema = z.enum(['learning', 'known', 'ignored']);
export type StoredWordState = z.infer<typeof storedWordStateSchema>;

/** Reviews on one day: how many, how many were forgotten (Again), and how many cards were first seen. */
export const dayTallySchema = z.strictObject({ reviews: count, again: count, introduced: count });
export type DayTally = z.infer<typeof dayTallySchema>;

/**
 * Keys are checked before they become object keys: a lexicon word (letters, digits, spaces,
 * hyphens), a card id, a calendar day. `__proto__` and friends are none of these.
 */
export const WORD_KEY = /^[\p{L}\p{N}][\p{L}\p{N} '-]{0,79}$/u;
const CARD_KEY = /^(?:recognition|cloze|sentence):[a-z0-9-]{0,120}:[A-Za-z0-9_-]{0,40}(?::[\p{L}\p{N} '-]{1,80})?$/u;
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

export const studyPartsShape = {
  sentences: z.array(savedSentenceSchema).max(5_000),
  cards: z.record(z.string().regex(CARD_KEY), reviewCardSchema),
  wordStates: z.record(z.string().regex(WORD_KEY), storedWordStateSchema),
  days: z.record(z.string().regex(DAY_KEY), dayTallySchema),
};

