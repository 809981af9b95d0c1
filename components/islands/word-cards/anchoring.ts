// From the page to the card's model and back: a Vietnamese cell's text nodes become chunks
// (syllables.ts), a word element becomes a span of syllables, and a span becomes a DOM Range for
// the highlight and the card's placement.
import { SELECTOR, UNSEGMENTED_TAGS } from '@/lib/render/contract';
import { spanCovering, syllablesOf, type Chunk, type Syllable, type SyllableSpan } from './syllables';

const SKIPPED = UNSEGMENTED_TAGS.join(', ');

/** A word card's anchor: the cell, its syllables and their text nodes, and the span selected. */
export interface Anchor extends SyllableSpan {
  cell: HTMLElement;
  syllables: Syllable[];
  nodes: Text[];
  /** The word element it started from, which gets focus back on close. */
  origin: HTMLElement;
}

/** The cell's text nodes in order, outside mentions and controls, with markers where those were. */
function cellChunks(cell: HTMLElement): { chunks: Chunk[]; nodes: Text[] } {
  const chunks: Chunk[] = [];
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      if (node instanceof Element && node.matches(SKIPPED)) {
        chunks.push({ skipped: true });
        // A placeholder keeps chunk and node indices aligned.
        nodes.push(document.createTextNode(''));
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue;
    chunks.push({ text: node.data });
    nodes.push(node);
  }
  return { chunks, nodes };
}

/** The anchor for a word element: the syllables inside it, in its cell. */
export function anchorFor(word: HTMLElement): Anchor | null {
  const cell = word.closest<HTMLElement>(SELECTOR.cellVi);
  if (!cell) return null;
  const { chunks, nodes } = cellChunks(cell);
  const syllables = syllablesOf(chunks);
  const inside = syllables.flatMap((syllable, index) => {
    const node = nodes[syllable.chunk];
    return node && word.contains(node) ? [index] : [];
  });
  const span = spanCovering(inside);
  return span ? { cell, syllables, nodes, origin: word, ...span } : null;
}

/** The DOM range of the anchor's current span. */
export function rangeOf(anchor: Anchor): Range | null {
  const first = anchor.syllables[anchor.from];
  const last = anchor.syllables[anchor.to - 1];
  const startNode = first ? anchor.nodes[first.chunk] : undefined;
  const endNode = last ? anchor.nodes[last.chunk] : undefined;
  if (!first || !last || !startNode || !endNode) return null;
  const range = document.createRange();
  range.setStart(startNode, first.start);
  range.setEnd(endNode, last.end);
  return range;
}
