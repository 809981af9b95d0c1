import { SYLLABLE, joinsRun } from '../text/syllables';
import { syllableKey, wordKey } from './normalize';
import type { LexiconEntry } from './schema';

export interface Lexicon {
  entries: readonly LexiconEntry[];
  byKey: ReadonlyMap<string, LexiconEntry>;
  /** The longest entry, in syllables: how far longest match looks ahead. */
  longest: number;
}

export function buildLexicon(entries: readonly LexiconEntry[]): Lexicon {
  const byKey = new Map<string, LexiconEntry>();
  let longest = 1;
  for (const entry of entries) {
    const key = wordKey(entry.word);
    if (!byKey.has(key)) byKey.set(key, entry);
    longest = Math.max(longest, key.split(' ').length);
  }
  return { entries, byKey, longest };
}

export function lookup(lexicon: Lexicon, text: string): LexiconEntry | undefined {
  return lexicon.byKey.get(wordKey(text));
}

/** A word of the text: offsets into it, and its entry when the lexicon has one. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  entry?: LexiconEntry;
}

export interface Syllable {
  start: number;
  end: number;
  key: string;
}

/** Syllables that may form one word: only spaces between them, no punctuation. */
export function syllableRuns(text: string): Syllable[][] {
  const runs: Syllable[][] = [];
  let run: Syllable[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(SYLLABLE)) {
    const start = match.index;
    const syllable = { start, end: start + match[0].length, key: syllableKey(match[0]) };
    if (run.length && !joinsRun(text.slice(previousEnd, start))) {
      runs.push(run);
      run = [];
    }
    run.push(syllable);
    previousEnd = syllable.end;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Where an override's words occur in a run, each of them is one word, whatever longest match says. */
function forcedLengths(run: Syllable[], overrides: readonly (readonly string[])[]): Map<number, number> {
  const forced = new Map<number, number>();
  for (const words of overrides) {
    const wordKeys = words.map((word) => wordKey(word).split(' '));
    const sequence = wordKeys.flat();
    for (let index = 0; index + sequence.length <= run.length; index++) {
      if (!sequence.every((key, offset) => run[index + offset]?.key === key)) continue;
      let at = index;
      for (const keys of wordKeys) {
        forced.set(at, keys.length);
        at += keys.length;
      }
    }
  }
  return forced;
}

/** How good a split of a stretch is: fewer syllables left uncovered, then fewer words, then fewer one-syllable words. */
type Cost = readonly [uncovered: number, words: number, single: number];

function better(a: Cost, b: Cost | undefined): boolean {
  if (!b) return true;
  for (let index = 0; index < a.length; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference) return difference < 0;
  }
  return false;
}

interface Step {
  cost: Cost;
  length: number;
  entry?: LexiconEntry;
}

/**
 * The best split of one run of syllables. Greedy longest match goes wrong where a long entry takes
 * the first syllable of the next word ("bạn thân|thiết" for "bạn|thân thiết"); this looks at every
 * split the lexicon allows (dynamic programming from the end, linear in the run) and keeps the one
 * that leaves the fewest syllables uncovered, then has the fewest words, then the fewest one-syllable
 * words; among equals the longest first word wins, as longest match would choose.
 */
function splitRun(run: readonly Syllable[], lexicon: Lexicon, forced: ReadonlyMap<number, number>): Step[] {
  const best: (Step | undefined)[] = new Array(run.length + 1);
  const total = (index: number): Cost => best[index]?.cost ?? [0, 0, 0];
  for (let index = run.length - 1; index >= 0; index--) {
    // A word may not run into the start of a forced word; a forced word has exactly its length.
    let limit = Math.min(lexicon.longest, run.length - index);
    for (let ahead = 1; ahead < limit; ahead++) if (forced.has(index + ahead)) limit = ahead;
    const forcedLength = forced.get(index);
    const lengths = forcedLength ? [forcedLength] : Array.from({ length: limit }, (_, offset) => limit - offset);
    for (const length of lengths) {
      if (index + length > run.length) continue;
      const entry = lexicon.byKey.get(
        run
          .slice(index, index + length)
          .map((syllable) => syllable.key)
          .join(' '),
      );
      // Without an entry only a single syllable (or a forced word) stands alone, marked uncovered.
      if (!entry && length > 1 && !forcedLength) continue;
      const rest = total(index + length);
      const cost: Cost = [rest[0] + (entry ? 0 : length), rest[1] + 1, rest[2] + (length === 1 ? 1 : 0)];
      if (better(cost, best[index]?.cost)) best[index] = { cost, length, ...(entry ? { entry } : {}) };
    }
  }
  const steps: Step[] = [];
  for (let index = 0; index < run.length; ) {
    const step = best[index];
    if (!step) break;
    steps.push(step);
    index += step.length;
  }
  return steps;
}

/**
 * Splits Vietnamese text into words against the lexicon (see splitRun). A syllable no entry covers
 * is a segment of its own without an entry (check:content reports it).
 */
export function segmentText(text: string, lexicon: Lexicon, overrides: readonly (readonly string[])[] = []): Segment[] {
  const segments: Segment[] = [];
  for (const run of syllableRuns(text)) {
    let index = 0;
    for (const { length, entry } of splitRun(run, lexicon, forcedLengths(run, overrides))) {
      const first = run[index];
      const last = run[index + length - 1];
      if (first && last) segments.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), ...(entry ? { entry } : {}) });
      index += length;
    }
  }
  return segments;
}

/**
 * The sense that fits this sentence: the first whose cue words occur in it, else the first listed.
 * The sentence may be given lazily: most entries have no cues and never need it.
 */
export function senseIndexFor(entry: LexiconEntry, sentence: string | (() => string)): number {
  if (entry.senses.every((sense) => typeof sense === 'string')) return 0;
  const sentenceKey = ` ${wordKey(typeof sentence === 'string' ? sentence : sentence())} `;
  const index = entry.senses.findIndex((sense) => typeof sense !== 'string' && sense.when.some((cue) => sentenceKey.includes(` ${wordKey(cue)} `)));
  return Math.max(index, 0);
}
