// Where a card goes: next to what opened it, never over it; on a narrow screen it is a bottom
// sheet and the page scrolls so that the anchor stays visible above it. `placement` is pure (boxes
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

export function placement(anchor: Box, card: { width: number; height: number }, viewport: Viewport, sheet: boolean): Placement {
  if (sheet) {
    const limit = viewport.height - card.height - MARGIN;
    return { kind: 'sheet', scrollBy: anchor.bottom > limit ? anchor.bottom - limit + MARGIN : 0 };
  }
  const below = anchor.bottom + GAP;
  const above = anchor.top - card.height - GAP;
  // Below unless it would overflow the viewport and there is room above.
  const top = below + card.height <= viewport.height || above < 0 ? below : above;
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  return { kind: 'beside', top, left };
}

/** Positions a card (rendered hidden) at its anchor and shows it. */
export function placeCard(card: HTMLElement, anchorBox: () => DOMRect): void {
  const sheet = window.matchMedia(NARROW).matches;
  card.classList.toggle(CLASS.cardSheet, sheet);
  const box = card.getBoundingClientRect();
  const where = placement(anchorBox(), box, { width: window.innerWidth, height: window.innerHeight }, sheet);
  if (where.kind === 'sheet') {
    // Instant: the anchor must be clear of the sheet as soon as it opens, not after an animation.
    if (where.scrollBy > 0) window.scrollBy({ top: where.scrollBy, behavior: 'instant' });
  } else {
    card.style.top = `${where.top + window.scrollY}px`;
    card.style.left = `${where.left + window.scrollX}px`;
  }
  card.style.visibility = 'visible';
}
