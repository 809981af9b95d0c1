// A sentence of the article page as the learner's store keeps it: its Vietnamese and English,
// read through the page contract (the cells that share its data-align).
import { cellText } from '@/lib/client/dom/cell-text';
import { SELECTOR } from '@/lib/render/contract';
import type { SentenceContext } from '../word-cards/persistence';

export function sentenceContext(unit: string): SentenceContext | null {
  const vietnamese = document.getElementById(unit);
  if (!vietnamese?.matches(SELECTOR.cellVi)) return null;
  const english = document.querySelector(SELECTOR.englishCellFor(unit));
  return { unit, vietnamese: cellText(vietnamese), english: english ? cellText(english) : '' };
}
