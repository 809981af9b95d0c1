// When a review card comes back: FSRS through ts-fsrs, the scheduler Anki uses. Pure: every function
// takes `now`, so the tests fix the time. The stored card (ReviewCard) is plain JSON with ISO dates;
// ts-fsrs's Card with Date objects lives only inside this module.
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCard } from './study-data';

/**
 * Fuzz off: the intervals are the model's, so the interval shown on a button is the one the card
 * gets, and the tests can name it. Short-term steps on: a new card comes back within the session
 * (1 and 10 minutes), as in Anki.
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true }));

export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
export type GradeName = 'again' | 'hard' | 'good' | 'easy';
export const GRADE_NAMES: Readonly<Record<Grade, GradeName>> = { [Rating.Again]: 'again', [Rating.Hard]: 'hard', [Rating.Good]: 'good', [Rating.Easy]: 'easy' };

export function isGrade(value: number): value is Grade {
  return value === Rating.Again || value === Rating.Hard || value === Rating.Good || value === Rating.Easy;
}

function toFsrs(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview ? { last_review: new Date(card.lastReview) } : {}),
  };
}

function fromFsrs(card: Card): ReviewCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/** A card never reviewed, due now. */
export function newCard(now: Date): ReviewCard {
  return fromFsrs(createEmptyCard(now));
}

/** The card after answering it `grade` at `now`. */
export function gradeCard(card: ReviewCard, grade: Grade, now: Date): ReviewCard {
  return fromFsrs(scheduler.next(toFsrs(card), now, grade).card);
}

/** For each grade, how long until the card would come back (milliseconds), for the buttons. */
export function nextIntervals(card: ReviewCard, now: Date): Record<Grade, number> {
  const preview = scheduler.repeat(toFsrs(card), now);
  return {
    [Rating.Again]: preview[Rating.Again].card.due.getTime() - now.getTime(),
    [Rating.Hard]: preview[Rating.Hard].card.due.getTime() - now.getTime(),
    [Rating.Good]: preview[Rating.Good].card.due.getTime() - now.getTime(),
    [Rating.Easy]: preview[Rating.Easy].card.due.getTime() - now.getTime(),
  };
}

/** A card is in long-term review once it has left the (re)learning steps. */
export function isInReview(card: ReviewCard): boolean {
  return card.state === State.Review;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "10 min", "3 days", "2.5 months": the largest unit that fits, as Anki writes it on its buttons. */
export function formatInterval(milliseconds: number, locale: string): string {
  const span = Math.max(milliseconds, 0);
  const format = (value: number, unit: 'minute' | 'hour' | 'day' | 'month' | 'year') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  if (span < HOUR) return format(Math.max(1, Math.round(span / MINUTE)), 'minute');
  if (span < DAY) return format(Math.round(span / HOUR), 'hour');
  if (span < 30 * DAY) return format(Math.round(span / DAY), 'day');
  if (span < 365 * DAY) return format(Math.round((span / (30 * DAY)) * 10) / 10, 'month');
  return format(Math.round((span / (365 * DAY)) * 10) / 10, 'year');
}
