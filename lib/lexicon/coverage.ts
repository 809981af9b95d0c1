import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { syllablesOf } from './normalize';
import { segmentText, type Lexicon } from './segment';
import { UNSEGMENTED_TAGS } from './unsegmented';

export interface Coverage {
  /** Word tokens the lexicon covers. */
  covered: number;
  /** Syllables outside any word and any entity mention, with the unit they are in. */
  uncovered: { syllable: string; unit: string }[];
}

/**
 * Counts the Vietnamese word tokens of a segmented article tree (after rehype-word-segments): words
 * with an entry, and syllables left outside any word. Entity mentions are names and terms the
 * knowledge base explains; digits are not syllables.
 */
export function coverage(tree: Root): Coverage {
  const result: Coverage = { covered: 0, uncovered: [] };
  visit(tree, 'element', (cell: Element) => {
    if (cell.properties.lang !== 'vi' || typeof cell.properties.dataAlign !== 'string') return;
    const unit = cell.properties.dataAlign;
    const walk = (nodes: ElementContent[]) => {
      for (const node of nodes) {
        if (node.type === 'text') for (const syllable of syllablesOf(node.value)) result.uncovered.push({ syllable, unit });
        else if (node.type === 'element') {
          if (typeof node.properties.dataWord === 'string') result.covered += 1;
          else if (!UNSEGMENTED_TAGS.includes(node.tagName)) walk(node.children);
        }
      }
    };
    walk(cell.children);
    return SKIP;
  });
  return result;
}

/** The same count for plain text (a headline), leaving out the given spans (its entity mentions). */
export function textCoverage(text: string, lexicon: Lexicon, skip: readonly { start: number; end: number }[], unit: string): Coverage {
  const result: Coverage = { covered: 0, uncovered: [] };
  let position = 0;
  for (const span of [...skip, { start: text.length, end: text.length }]) {
    for (const segment of segmentText(text.slice(position, span.start), lexicon)) {
      if (segment.entry) result.covered += 1;
      else result.uncovered.push({ syllable: segment.text, unit });
    }
    position = Math.max(position, span.end);
  }
  return result;
}
