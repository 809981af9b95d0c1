// Renders the analysed article's Vietnamese words (lib/article/model) as
// <span class="word" data-word="entry">, which the word cards read. Stretches no lexicon entry covers
// stay plain text; names (mentions) and links are never words.
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Word } from '../article/model';
import { CLASS, DATA, isCell } from './contract';
import { wrapSpans } from './wrap-spans';

export interface WordSegmentsOptions {
  /** Unit id → the words of its Vietnamese cell, from the analysis. */
  words: Readonly<Record<string, readonly Word[]>>;
}

export default function rehypeWordSegments(options: WordSegmentsOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (cell) => {
      if (!isCell(cell) || cell.properties.lang !== 'vi') return;
      const words = (options.words[cell.properties.dataAlign] ?? []).flatMap((word) => (word.entry === null ? [] : [{ ...word, entry: word.entry }]));
      wrapSpans(cell, words, (word, printed) => ({
        type: 'element',
        tagName: 'span',
        properties: { className: [CLASS.word], [DATA.word.property]: word.entry, ...(word.sense > 0 ? { [DATA.sense.property]: word.sense } : {}) },
        children: [{ type: 'text', value: printed }],
      }));
      return SKIP;
    });
  };
}
