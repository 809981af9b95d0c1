// Splits the Vietnamese text of each aligned cell into words (longest match against the lexicon, see
// lib/lexicon/segment) and wraps each word that has an entry as <span class="word" data-word="entry">,
// which the word cards read. Names and terms already linked as entity mentions are left as they are.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { segmentText, senseIndexFor, type Lexicon } from '../lexicon/segment';
import { UNSEGMENTED_TAGS } from '../lexicon/unsegmented';
import { wrapText } from './wrap-text';

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

// Links (mentions, note references) and controls keep their text whole.
const enter = (element: Element) => !UNSEGMENTED_TAGS.includes(element.tagName);

export function rehypeWordSegments(options: WordSegmentsOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (cell) => {
      if (cell.properties.lang !== 'vi' || typeof cell.properties.dataAlign !== 'string') return;
      const overrides = options.overridesFor?.(cell.properties.dataAlign) ?? [];
      let sentence: string | undefined;
      const words = (text: string) =>
        segmentText(text, options.lexicon, overrides).flatMap(({ start, end, entry }) =>
          entry ? [{ start, end, wrap: (printed: string) => wordElement(printed, entry.word, senseIndexFor(entry, () => (sentence ??= toString(cell)))) }] : [],
        );
      wrapText(cell, enter, words);
      return SKIP;
    });
  };
}
