// Rule: what kind of block a kept line is. A caption carries a photo credit or was left with
// trailing white space after a short unpunctuated line (how scrapers emit figure captions); a
// short line without closing punctuation is a subheading; everything else is a paragraph. HTML
// input says what each element was and that wins.

import type { BlockType, SourceLine } from '../types';
import { PHOTO_CREDIT } from './image-text';

export const ENDS_SENTENCE = /[.!?…]["”’)\]]*$/u;

export function isCaptionLine(entry: SourceLine): boolean {
  if (entry.hint) return entry.hint === 'caption';
  return PHOTO_CREDIT.test(entry.text) || (entry.trailingSpace && entry.text.length <= 120 && !ENDS_SENTENCE.test(entry.text));
}

export function blockType(entry: SourceLine): BlockType {
  // Some CMSs (Dân trí) put the lede in an <h2>: a long sentence is a paragraph whatever its tag.
  if (entry.hint === 'heading' && entry.text.length > 80 && ENDS_SENTENCE.test(entry.text)) return 'paragraph';
  if (entry.hint) return entry.hint;
  if (isCaptionLine(entry)) return 'caption';
  return entry.text.length <= 120 && !ENDS_SENTENCE.test(entry.text) ? 'heading' : 'paragraph';
}
