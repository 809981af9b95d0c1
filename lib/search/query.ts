// Diacritic-insensitive search over the index, for the browser: "binh nhuong" finds "Bình Nhưỡng",
// "doi tac" finds "đối tác". Every query word must start a word of the document; documents that
// hold the whole phrase, or the words with their exact marks, rank first.
import { foldVietnamese } from '../text/fold';
import type { SearchDocument, SearchKind } from './documents';

/** Folds character by character so that offsets in the folded text are offsets in the original. */
export function foldForSearch(text: string): string {
  return Array.from(text.normalize('NFC'), (character) => {
    const folded = foldVietnamese(character).toLowerCase();
    return folded.length === character.length ? folded : character.toLowerCase();
  }).join('');
}

export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordStart = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}`, 'gu');

export interface PreparedDocument {
  document: SearchDocument;
  folded: string;
  exact: string;
}

export function prepare(documents: SearchDocument[]): PreparedDocument[] {
  return documents.map((document) => {
    const text = [document.vi, document.en, document.keywords ?? ''].join(' \n ');
    return { document, folded: foldForSearch(text), exact: text.normalize('NFC').toLowerCase() };
  });
}

const KIND_WEIGHT: Record<SearchKind, number> = { entity: 3, article: 2, sentence: 1 };

export function search(index: PreparedDocument[], query: string, limit = 50): SearchDocument[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const patterns = terms.map(wordStart);
  const phrase = wordStart(terms.join(' '));
  const exactTerms = query.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const scored: { document: SearchDocument; score: number; order: number }[] = [];
  index.forEach(({ document, folded, exact }, order) => {
    if (!patterns.every((pattern) => new RegExp(pattern).test(folded))) return;
    let score = KIND_WEIGHT[document.kind];
    if (terms.length > 1 && new RegExp(phrase).test(folded)) score += 10;
    if (exactTerms.every((term) => exact.includes(term))) score += 5;
    scored.push({ document, score, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ document }) => document);
}

/** Where the query's words occur in a text, as [start, end) ranges to mark. */
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
