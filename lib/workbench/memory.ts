// Translation memory: the translated units of every article, and for a Vietnamese sentence the
// closest of them by syllables (fuzzy match ≥ 70%), with the syllables that differ marked so the
// translator sees what to change. Pure: indexed once when the workbench starts.
import { SYLLABLE } from '../text/syllables';

export const MEMORY_THRESHOLD = 0.7;
export const MEMORY_LIMIT = 3;

export interface MemoryEntry {
  slug: string;
  unit: string;
  vi: string;
  /** The English as written in the file (Markdown): what an insert puts in the field. */
  en: string;
}

export interface MemoryIndex {
  entries: readonly MemoryEntry[];
  tokens: readonly string[][];
  /** Syllable → the entries that have it. */
  postings: ReadonlyMap<string, readonly number[]>;
}

/** A piece of the suggestion's Vietnamese: `same` where the sentence has it too. */
export interface MemoryPiece {
  text: string;
  same: boolean;
}

export interface MemorySuggestion {
  entry: MemoryEntry;
  /** 0–1: one minus the syllable edit distance over the longer sentence. */
  score: number;
  exact: boolean;
  pieces: MemoryPiece[];
}

/** Syllables and numbers, lower case, NFC: what two sentences are compared by. */
export function memoryTokens(text: string): string[] {
  return [...text.normalize('NFC').toLocaleLowerCase('vi').matchAll(new RegExp(`${SYLLABLE.source}|\\d+(?:[.,]\\d+)*`, 'gu'))].map((match) => match[0]);
}

export function buildMemory(entries: readonly MemoryEntry[]): MemoryIndex {
  const tokens = entries.map((entry) => memoryTokens(entry.vi));
  const postings = new Map<string, number[]>();
  tokens.forEach((list, index) => {
    for (const token of new Set(list)) postings.set(token, [...(postings.get(token) ?? []), index]);
  });
  return { entries, tokens, postings };
}

/** Which of `candidate`'s tokens an alignment with `query` (Levenshtein) keeps unchanged, and the distance. */
export function alignTokens(query: readonly string[], candidate: readonly string[]): { distance: number; kept: boolean[] } {
  const rows = query.length + 1;
  const columns = candidate.length + 1;
  const cost = new Uint32Array(rows * columns);
  for (let i = 0; i < rows; i++) cost[i * columns] = i;
  for (let j = 0; j < columns; j++) cost[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const substitute = (cost[(i - 1) * columns + j - 1] ?? 0) + (query[i - 1] === candidate[j - 1] ? 0 : 1);
      cost[i * columns + j] = Math.min(substitute, (cost[(i - 1) * columns + j] ?? 0) + 1, (cost[i * columns + j - 1] ?? 0) + 1);
    }
  }
  const kept = candidate.map(() => false);
  let [i, j] = [query.length, candidate.length];
  while (i > 0 && j > 0) {
    const here = cost[i * columns + j] ?? 0;
    if (query[i - 1] === candidate[j - 1] && here === (cost[(i - 1) * columns + j - 1] ?? 0)) {
      kept[j - 1] = true;
      i -= 1;
      j -= 1;
    } else if (here === (cost[(i - 1) * columns + j - 1] ?? 0) + 1) {
      i -= 1;
      j -= 1;
    } else if (here === (cost[(i - 1) * columns + j] ?? 0) + 1) i -= 1;
    else j -= 1;
  }
  return { distance: cost[rows * columns - 1] ?? 0, kept };
}

/** The entry's Vietnamese in pieces, each syllable marked same or different; the text between them unmarked. */
function pieces(vi: string, kept: readonly boolean[]): MemoryPiece[] {
  const result: MemoryPiece[] = [];
  let position = 0;
  let index = 0;
  const push = (text: string, same: boolean) => {
    const last = result[result.length - 1];
    if (last && last.same === same) last.text += text;
    else if (text) result.push({ text, same });
  };
  const lower = vi.normalize('NFC');
  for (const match of lower.matchAll(new RegExp(`${SYLLABLE.source}|\\d+(?:[.,]\\d+)*`, 'gu'))) {
    const between = lower.slice(position, match.index);
    // Spaces and punctuation between two kept syllables are kept; next to a change they go with it.
    push(between, (kept[index - 1] ?? true) && (kept[index] ?? true));
    push(match[0], kept[index] ?? false);
    position = match.index + match[0].length;
    index += 1;
  }
  push(lower.slice(position), true);
  return result;
}

/**
 * The closest translated units to `vi`, best first, at most MEMORY_LIMIT, each at least
 * MEMORY_THRESHOLD alike; `exclude` leaves out the unit itself.
 */
export function suggest(index: MemoryIndex, vi: string, exclude?: { slug: string; unit: string }): MemorySuggestion[] {
  const query = memoryTokens(vi);
  if (!query.length) return [];
  // A candidate needs enough syllables in common to reach the threshold: count them from the postings.
  const shared = new Map<number, number>();
  for (const token of new Set(query)) for (const entry of index.postings.get(token) ?? []) shared.set(entry, (shared.get(entry) ?? 0) + 1);
  const suggestions: MemorySuggestion[] = [];
  for (const [position, common] of shared) {
    const entry = index.entries[position];
    const tokens = index.tokens[position];
    if (!entry || !tokens || (exclude && entry.slug === exclude.slug && entry.unit === exclude.unit)) continue;
    const longer = Math.max(query.length, tokens.length);
    if (common < MEMORY_THRESHOLD * longer - 1e-9) continue;
    const { distance, kept } = alignTokens(query, tokens);
    const score = 1 - distance / longer;
    if (score < MEMORY_THRESHOLD) continue;
    suggestions.push({ entry, score, exact: distance === 0, pieces: pieces(entry.vi, kept) });
  }
  suggestions.sort((a, b) => b.score - a.score || a.entry.slug.localeCompare(b.entry.slug) || a.entry.unit.localeCompare(b.entry.unit, 'en', { numeric: true }));
  // The same translation twice is one suggestion.
  const seen = new Set<string>();
  return suggestions.filter((suggestion) => !seen.has(suggestion.entry.en) && seen.add(suggestion.entry.en)).slice(0, MEMORY_LIMIT);
}
