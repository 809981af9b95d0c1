// Where a card goes: next to what opened it, never over the line being read; on a narrow screen it
// is a bottom sheet and the page scrolls so that the sentence stays visible above it. `placement` is pure (boxes
// in, position out, tested in tests/unit/card-placement.test.ts); `placeCard` applies it.
import { CLASS } from '@/lib/render/contract';

export const NARROW = '(max-width: 40rem)';
/** Space kept between a card and its anchor or the edge of the viewport, in CSS pixels. */
const GAP = 6;
const MARGIN = 8;

export interface Box {
  top: number;
  bottom: number;
  left: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export type Placement =
  | { kind: 'sheet'; /** How far to scroll down so that the anchor clears the sheet; 0 when it already does. */ scrollBy: number }
  | { kind: 'beside'; top: number; left: number };

/**
 * `anchor` is the line being read (the word or mention); `sentence` the whole sentence it is in. On a
 * wide screen the card goes below the sentence, else above it, else below or above the anchor's line
 * (it may cover the rest of the sentence then, never the line itself), else below the anchor anyway.
 * A sheet keeps the sentence, or at least the anchor when the sentence is too tall, visible above it.
 */
export function placement(anchor: Box, card: { width: number; height: number }, viewport: Viewport, sheet: boolean, sentence: Box = anchor): Placement {
  if (sheet) {
    const limit = viewport.height - card.height - MARGIN;
    const kept = sentence.bottom - sentence.top <= limit - MARGIN ? sentence : anchor;
    return { kind: 'sheet', scrollBy: kept.bottom > limit ? kept.bottom - limit + MARGIN : 0 };
  }
  const fitsBelow = (box: Box) => box.bottom + GAP + card.height <= viewport.height;
  const fitsAbove = (box: Box) => box.top - GAP - card.height >= 0;
  const below = (box: Box) => box.bottom + GAP;
  const above = (box: Box) => box.top - GAP - card.height;
  const top = fitsBelow(sentence) ? below(sentence) : fitsAbove(sentence) ? above(sentence) : fitsBelow(anchor) ? below(anchor) : fitsAbove(anchor) ? above(anchor) : below(anchor);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  return { kind: 'beside', top, left };
}

/** Positions a card (rendered hidden) at its anchor and shows it. */
export function placeCard(card: HTMLElement, anchorBox: () => DOMRect, sentenceBox?: () => DOMRect): void {
  const sheet = window.matchMedia(NARROW).matches;
  card.classList.toggle(CLASS.cardSheet, sheet);
  const box = card.getBoundingClientRect();
  const anchor = anchorBox();
  const where = placement(anchor, box, { width: window.innerWidth, height: window.innerHeight }, sheet, sentenceBox?.() ?? anchor);
  if (where.kind === 'sheet') {
    // Instant: the anchor must be clear of the sheet as soon as it opens, not after an animation.
    if (where.scrollBy > 0) window.scrollBy({ top: where.scrollBy, behavior: 'instant' });
  } else {
    card.style.top = `${where.top + window.scrollY}px`;
    card.style.left = `${where.left + window.scrollX}px`;
  }
  card.style.visibility = 'visible';
}
