// The word card's selection, painted with the CSS Custom Highlight API (`::highlight(word-selection)`
// in styles.css): no wrapper elements in the sentence, so the page's own markup is never touched.
// Browsers without the API show the card without the highlight.
import { HIGHLIGHT } from '@/lib/render/contract';

export function highlightSelection(range: Range | null): void {
  if (!('highlights' in CSS)) return;
  if (range) CSS.highlights.set(HIGHLIGHT.wordSelection, new Highlight(range));
  else CSS.highlights.delete(HIGHLIGHT.wordSelection);
}
