import type { Locale } from '../i18n/config';
import type { ArticleStructure } from '../article/structure';

// Typical silent reading speeds: English words, Vietnamese syllables (written space-separated).
const WORDS_PER_MINUTE: Record<Locale, number> = { en: 230, vi: 260 };

export function unitCount(structure: ArticleStructure): number {
  return structure.blocks.reduce((sum, block) => sum + block.units.length, 0);
}

export function readingMinutes(structure: ArticleStructure, locale: Locale): number {
  const words = structure.blocks
    .flatMap((block) => block.units)
    .map((unit) => (locale === 'vi' ? unit.vi : (unit.en ?? '')))
    .join(' ')
    .split(/\s+/u)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[locale]));
}
