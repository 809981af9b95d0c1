'use client';

import { useEffectEvent, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { CLASS } from '@/lib/render/contract';
import { placeCard } from './placement';

// The dialog both kinds of card share (annotation cards and word cards): a non-modal dialog in a
// portal, rendered hidden, then placed beside its anchor and shown; focus moves into it when asked.
// Its close button comes first, at the top (a phone sheet also shows a handle there).
// Closing (Esc, a tap outside, the close button) and handing focus back stay with the island,
// which knows what opened the card.

export interface CardShellProps {
  titleId: string;
  className: string;
  /** The box the card is placed against (the line being read), measured after the card renders. */
  anchorBox: () => DOMRect;
  /** The whole sentence around the anchor, which the card avoids covering where it can. */
  sentenceBox?: () => DOMRect;
  /** Focus moves into the card each time this changes to a value other than null (an opening). */
  focusKey: unknown;
  /** Changes whenever the card must be placed again (new content, new anchor). */
  placementKey: unknown;
  closeLabel: string;
  onClose: () => void;
  /** The card element, for the island's outside-tap and focus checks. */
  cardRef: RefObject<HTMLDivElement | null>;
  children: ReactNode;
}

export function CardShell({ titleId, className, anchorBox, sentenceBox, focusKey, placementKey, closeLabel, onClose, cardRef, children }: CardShellProps) {
  // Focus moves in once per opening: not again when the card is placed anew (a lexicon arriving).
  const focusedFor = useRef<unknown>(null);
  const place = useEffectEvent(() => {
    const card = cardRef.current;
    if (!card) return;
    placeCard(card, anchorBox, sentenceBox);
    if (focusKey !== null && focusKey !== focusedFor.current) card.focus({ preventScroll: true });
    focusedFor.current = focusKey;
  });

  useLayoutEffect(() => place(), [placementKey, focusKey]);

  return createPortal(
    <div ref={cardRef} role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} className={`${CLASS.card} ${className}`} style={{ visibility: 'hidden' }}>
      <div className={CLASS.cardTop}>
        <span className={CLASS.cardHandle} aria-hidden="true" />
        <button type="button" className={CLASS.cardClose} onClick={onClose}>
          <span aria-hidden="true">× </span>
          {closeLabel}
        </button>
      </div>
      {children}
    </div>,
    document.body,
  );
}
