// Renders the analysed article's Vietnamese words (lib/article/model) as
// <span class="word" data-word="entry">, which the word cards read. A stretch no lexicon entry covers
// is <span class="word word-unknown">: tappable all the same, and its card says it is not in the
// lexicon yet rather than passing a syllable's meaning off as the word's. Names (mentions) and links
// are never words.
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
      wrapSpans(cell, options.words[cell.properties.dataAlign] ?? [], (word, printed) => ({
        type: 'element',
        tagName: 'span',
        properties:
          word.entry === null
            ? { className: [CLASS.word, CLASS.wordUnknown] }
            : { className: [CLASS.word], [DATA.word.property]: word.entry, ...(word.sense > 0 ? { [DATA.sense.property]: word.sense } : {}) },
        children: [{ type: 'text', value: printed }],
      }));
      return SKIP;
    });
  };
}
