import type { Element, ElementContent } from 'hast';

/** A stretch of a text node to put inside a new element. */
export interface Wrap {
  start: number;
  end: number;
  wrap: (text: string) => Element;
}

/**
 * Replaces stretches of the text under `parent` with elements (mentions, words), in place.
 * `enter` sees each element child first and says whether to descend into it.
 */
export function wrapText(parent: Element, enter: (element: Element) => boolean, wraps: (text: string) => Iterable<Wrap>): void {
  const children: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'element') {
      if (enter(child)) wrapText(child, enter, wraps);
      children.push(child);
      continue;
    }
    if (child.type !== 'text') {
      children.push(child);
      continue;
    }
    let last = 0;
    for (const { start, end, wrap } of wraps(child.value)) {
      if (start > last) children.push({ type: 'text', value: child.value.slice(last, start) });
      children.push(wrap(child.value.slice(start, end)));
      last = end;
    }
    if (last < child.value.length) children.push(last === 0 ? child : { type: 'text', value: child.value.slice(last) });
  }
  parent.children = children;
}
