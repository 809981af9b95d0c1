// Vietnamese left in the English: a word with a letter only Vietnamese uses (ă â đ ê ô ơ ư, the hook
// above, the dot below, a tilde on i u y) that is not part of a name of an entity this unit links.
// Accents English also borrows (café, Pérez, São Paulo) are not counted.
import { containsName } from '../fold';
import type { QaRule } from '../types';

const VIETNAMESE_ONLY = /[ăâđêôơưảẻỉỏủỷạẹịọụỵĩũỹằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự]/iu;
const WORD = /[\p{L}\p{M}]+/gu;

export function vietnameseWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => match[0]).filter((word) => VIETNAMESE_ONLY.test(word.normalize('NFC')));
}

export const untranslated: QaRule = (unit) => {
  const names = unit.entities.flatMap((entity) => [...entity.vi, ...entity.en]).filter((name) => VIETNAMESE_ONLY.test(name));
  const words = vietnameseWords(unit.en).filter((word) => !names.some((name) => containsName(name, word) && containsName(unit.en, name)));
  if (!words.length) return [];
  const detail = [...new Set(words)].join(' ');
  return [{ unit: unit.id, rule: 'untranslated', detail, message: `Vietnamese left in the English: ${detail}` }];
};
