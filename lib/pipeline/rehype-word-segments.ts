// Splits the Vietnamese text of each aligned cell into words (longest match against the lexicon, see
// lib/lexicon/segment) and wraps each word that has an entry as <span class="word" data-word="entry">,
// which the word cards read. Names and terms already linked as entity mentions are left as they are.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { segmentText, senseIndexFor, type Lexicon } from '../lexicon/segment';

export interface WordSegmentsOptions {
  lexicon: Lexicon;
  /** Explicit word splits for a unit where longest match is wrong. */
  overridesFor?: (unitId: string) => readonly (readonly string[])[];
}

function wordElement(text: string, word: string, sense: number): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['word'], dataWord: word, ...(sense > 0 ? { dataSense: sense } : {}) },
    children: [{ type: 'text', value: text }],
  };
}

export function rehypeWordSegments(options: WordSegmentsOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (cell) => {
      if (cell.properties.lang !== 'vi' || typeof cell.properties.dataAlign !== 'string') return;
      const overrides = options.overridesFor?.(cell.properties.dataAlign) ?? [];
      const sentence = toString(cell);
      const split = (parent: Element) => {
        const children: ElementContent[] = [];
        for (const child of parent.children) {
          if (child.type === 'element') {
            // Links (mentions, note references) and hidden controls keep their text whole.
            if (child.tagName !== 'a' && child.tagName !== 'button' && child.tagName !== 'sup') split(child);
            children.push(child);
            continue;
          }
          if (child.type !== 'text') {
            children.push(child);
            continue;
          }
          let last = 0;
          for (const segment of segmentText(child.value, options.lexicon, overrides)) {
            if (!segment.entry) continue;
            if (segment.start > last) children.push({ type: 'text', value: child.value.slice(last, segment.start) });
            children.push(wordElement(segment.text, segment.entry.word, senseIndexFor(segment.entry, sentence)));
            last = segment.end;
          }
          if (last < child.value.length) children.push(last === 0 ? child : { type: 'text', value: child.value.slice(last) });
        }
        parent.children = children;
      };
      split(cell);
      return SKIP;
    });
  };
}
