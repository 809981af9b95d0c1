// Places a card next to what opened it, never over it; on a narrow screen it is a bottom sheet and
// the page scrolls so that the anchor stays visible above it.
export const NARROW = '(max-width: 40rem)';

export function placeCard(card: HTMLElement, anchorBox: () => DOMRect): void {
  const sheet = window.matchMedia(NARROW).matches;
  card.classList.toggle('annotation-card-sheet', sheet);
  const box = card.getBoundingClientRect();
  let anchor = anchorBox();
  if (sheet) {
    const limit = window.innerHeight - box.height - 8;
    if (anchor.bottom > limit) {
      // Instant: the anchor must be clear of the sheet as soon as it opens, not after an animation.
      window.scrollBy({ top: anchor.bottom - limit + 8, behavior: 'instant' });
      anchor = anchorBox();
    }
  } else {
    const below = anchor.bottom + 6;
    const top = below + box.height <= window.innerHeight || anchor.top - box.height - 6 < 0 ? below : anchor.top - box.height - 6;
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - box.width - 8));
    card.style.top = `${top + window.scrollY}px`;
    card.style.left = `${left + window.scrollX}px`;
  }
  card.style.visibility = 'visible';
}
