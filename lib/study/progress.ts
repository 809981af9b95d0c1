// The progress view's figures, from the daily tally and the word states: reviews per day over the
// last weeks, retention (answers not forgotten), words by state, and the streak of consecutive days
// with a review. Pure: `today` is given.
import { dayOf, type StudyData, type WordState } from './study-model';
import { wordState } from './word-states';

export interface DayPoint {
  day: string;
  reviews: number;
  again: number;
}

/** The last `count` days, oldest first, days without reviews included as zero. */
export function reviewsPerDay(data: Pick<StudyData, 'days'>, today: Date, count: number): DayPoint[] {
  const points: DayPoint[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 12);
    const day = dayOf(date);
    const tally = data.days[day];
    points.push({ day, reviews: tally?.reviews ?? 0, again: tally?.again ?? 0 });
  }
  return points;
}

/** Share of answers that were not Again, over every day recorded; null before the first review. */
export function retention(data: Pick<StudyData, 'days'>): number | null {
  let reviews = 0;
  let again = 0;
  for (const tally of Object.values(data.days)) {
    reviews += tally.reviews;
    again += tally.again;
  }
  return reviews ? (reviews - again) / reviews : null;
}

/** Consecutive days with a review, ending today (or yesterday, when today's reviews are still to do). */
export function streak(data: Pick<StudyData, 'days'>, today: Date): number {
  const reviewed = (back: number) => (data.days[dayOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 12))]?.reviews ?? 0) > 0;
  let back = reviewed(0) ? 0 : 1;
  let days = 0;
  while (reviewed(back)) {
    days += 1;
    back += 1;
  }
  return days;
}

/** Saved words by state (each distinct word once). */
export function wordsByState(data: Pick<StudyData, 'words' | 'wordStates'>): Record<Exclude<WordState, 'new'>, number> {
  const counts = { learning: 0, known: 0, ignored: 0 };
  const words = new Set([...data.words.map((word) => word.word), ...Object.keys(data.wordStates)]);
  for (const word of words) {
    const state = wordState(data, word);
    if (state !== 'new') counts[state] += 1;
  }
  return counts;
}
