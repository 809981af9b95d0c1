// The words search indexes and looks up: NFC, lower case, split at anything that is not a letter or a
// digit; "folded" strips tone marks and đ with the site's one folding rule (lib/text/fold.ts), so
// "binh nhuong" finds "Bình Nhưỡng" and "doi tac" finds "đối tác".
import { foldVietnamese } from '../text/fold';

/** Folds character by character so that offsets in the folded text are offsets in the original. */
export function foldForSearch(text: string): string {
  return Array.from(text.normalize('NFC'), (character) => {
    const folded = foldVietnamese(character).toLowerCase();
    return folded.length === character.length ? folded : character.toLowerCase();
  }).join('');
}

/** The words of a text as written (NFC, lower case): what the exact-marks ranking compares. */
export function exactWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordStart = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}`, 'gu');

/** Where the query's words start words of a text, as [start, end) ranges to mark. */
export function matchRanges(text: string, query: string): [number, number][] {
  const folded = foldForSearch(text);
  const ranges: [number, number][] = [];
  for (const term of queryTerms(query)) {
    for (const match of folded.matchAll(wordStart(term))) ranges.push([match.index, match.index + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
