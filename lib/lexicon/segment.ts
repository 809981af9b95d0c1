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

interface Syllable {
  start: number;
  end: number;
  key: string;
}

/** Syllables that may form one word: only spaces between them, no punctuation. */
function syllableRuns(text: string): Syllable[][] {
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

/**
 * Splits Vietnamese text into words by longest match against the lexicon. A syllable no entry covers
 * is a segment of its own without an entry (check:content reports it).
 */
export function segmentText(text: string, lexicon: Lexicon, overrides: readonly (readonly string[])[] = []): Segment[] {
  const segments: Segment[] = [];
  for (const run of syllableRuns(text)) {
    const forced = forcedLengths(run, overrides);
    let index = 0;
    while (index < run.length) {
      let length = forced.get(index) ?? 0;
      let entry: LexiconEntry | undefined;
      if (length) entry = lexicon.byKey.get(run.slice(index, index + length).map((syllable) => syllable.key).join(' '));
      else {
        // A match may not run into the start of a forced word.
        let limit = Math.min(lexicon.longest, run.length - index);
        for (let ahead = 1; ahead < limit; ahead++) if (forced.has(index + ahead)) limit = ahead;
        for (length = limit; length > 0; length--) {
          entry = lexicon.byKey.get(run.slice(index, index + length).map((syllable) => syllable.key).join(' '));
          if (entry) break;
        }
        length = Math.max(length, 1);
      }
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
