// The word card's model of a sentence: its syllables in order, each in a run (syllables with only
// spaces between them), and the span of syllables a card is about. Pure: the DOM walk
// (anchoring.ts) reduces a cell to text chunks first, and tests/unit/word-card-syllables.test.ts
// runs this on plain data. The rule is the server's (lib/text/syllables.ts), so the card widens and
// narrows exactly where the segmentation could have put a word.
import { SYLLABLE, joinsRun } from '@/lib/text/syllables';

/** A cell's text in document order: a text node's data, or an element the words never cross (a name, a control). */
export type Chunk = { text: string } | { skipped: true };

export interface Syllable {
  /** Index of the chunk (text node) it is in, and its offsets in that chunk's text. */
  chunk: number;
  start: number;
  end: number;
  text: string;
  /** Syllables of one run have only spaces between them: a selection never crosses runs. */
  run: number;
}

/** Stands for a skipped element in the gap between two syllables: not a space, so it ends a run. */
const SKIPPED_GAP = '|';

export function syllablesOf(chunks: readonly Chunk[]): Syllable[] {
  const syllables: Syllable[] = [];
  // What lies between this syllable and the last one.
  let gap = '';
  let run = 0;
  chunks.forEach((chunk, index) => {
    if (!('text' in chunk)) {
      gap += SKIPPED_GAP;
      return;
    }
    let last = 0;
    for (const match of chunk.text.matchAll(SYLLABLE)) {
      gap += chunk.text.slice(last, match.index);
      if (syllables.length && !joinsRun(gap)) run += 1;
      gap = '';
      syllables.push({ chunk: index, start: match.index, end: match.index + match[0].length, text: match[0], run });
      last = match.index + match[0].length;
    }
    gap += chunk.text.slice(last);
  });
  return syllables;
}

/** The syllables a card is about: `from` inclusive, `to` exclusive. */
export interface SyllableSpan {
  from: number;
  to: number;
}

export function spanText(syllables: readonly Syllable[], span: SyllableSpan): string {
  return syllables
    .slice(span.from, span.to)
    .map((syllable) => syllable.text)
    .join(' ');
}

/** Which ways a span can grow (within its run) or shrink (never below one syllable). */
export function resizeOptions(syllables: readonly Syllable[], span: SyllableSpan) {
  const first = syllables[span.from];
  const last = syllables[span.to - 1];
  const before = syllables[span.from - 1];
  const after = syllables[span.to];
  return {
    widenLeft: Boolean(before && first && before.run === first.run),
    widenRight: Boolean(after && last && after.run === last.run),
    narrow: span.to - span.from > 1,
  };
}

/** The span covering the given syllable indices (those inside a word's element), or null if none. */
export function spanCovering(indices: readonly number[]): SyllableSpan | null {
  const from = indices[0];
  const last = indices.at(-1);
  return from === undefined || last === undefined ? null : { from, to: last + 1 };
}
