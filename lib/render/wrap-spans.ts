// Puts stretches of a sentence cell's text, given as offsets into the cell's text (see
// lib/article/model), inside new elements: how the render turns the analysed article's mentions and
// words into markup. A span is wrapped where it lies within one text node; the analysis only gives
// spans that do (it reads the same pieces the render writes).
import type { Element, ElementContent } from 'hast';
import { CLASS, hasClass } from './contract';

export interface Span {
  start: number;
  end: number;
}

/** Elements that are no part of the cell's text: editorial-note markers and controls. */
function outsideText(element: Element): boolean {
  return hasClass(element, CLASS.noteRef) || element.tagName === 'button';
}

/**
 * Walks the cell in text order. `onElement` sees each element with the offset its text starts at and
 * may say to leave its content alone; `wrap` makes the element for a span of a text node.
 */
export function wrapSpans<S extends Span>(
  cell: Element,
  spans: readonly S[],
  wrap: (span: S, text: string) => Element,
  onElement: (element: Element, offset: number) => 'enter' | 'skip' = () => 'enter',
): void {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let next = 0;
  let offset = 0;
  const textLength = (node: ElementContent): number =>
    node.type === 'text' ? node.value.length : node.type === 'element' && !outsideText(node) ? node.children.reduce((sum, child) => sum + textLength(child), 0) : 0;
  const walk = (parent: Element) => {
    const children: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'element') {
        if (!outsideText(child) && onElement(child, offset) === 'enter') walk(child);
        else offset += textLength(child);
        children.push(child);
        continue;
      }
      if (child.type !== 'text') {
        children.push(child);
        continue;
      }
      const start = offset;
      const end = start + child.value.length;
      let last = 0;
      while (next < ordered.length) {
        const span = ordered[next];
        if (!span || span.start >= end) break;
        next += 1;
        if (span.start < start + last || span.end > end) continue;
        if (span.start - start > last) children.push({ type: 'text', value: child.value.slice(last, span.start - start) });
        children.push(wrap(span, child.value.slice(span.start - start, span.end - start)));
        last = span.end - start;
      }
      if (last < child.value.length) children.push(last === 0 ? child : { type: 'text', value: child.value.slice(last) });
      offset = end;
    }
    parent.children = children;
  };
  walk(cell);
}
