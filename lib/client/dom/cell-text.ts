import { SELECTOR } from '@/lib/render/contract';

/** A sentence cell's text as published: without its controls and editorial-note markers. */
export function cellText(cell: Element): string {
  const copy = cell.cloneNode(true);
  if (!(copy instanceof Element)) return '';
  for (const control of copy.querySelectorAll(SELECTOR.cellControls)) control.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
