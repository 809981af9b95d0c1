// The files of the chunked search index, as the build writes them and the browser reads them back
// (checked here by hand: the search page ships no schema library).
//
// Documents are numbered once: the entities first (most mentioned first), then one document per
// article (headline, summary), then every sentence, article by article. A posting is
// `id * 2 + primary`, where primary means the word is in the document's name or title (an entity's
// name or aliases, an article's headline, a sentence's text) rather than its description (an
// entity's gloss, an article's summary). Postings are sorted and stored as differences.
import type { Bilingual } from './documents';

export interface SearchManifest {
  version: 1;
  /**
   * The build's files live under `<build>/`, a hash of them all: a page never mixes two builds, and
   * the manifest needs no name per file (at 10,000 articles, a hash per file made it 107 kB gzip).
   */
  build: string;
  /** The first word of each word shard, in order; a word lives in the last shard whose first word ≤ it. */
  terms: string[];
  /** The same for pairs of adjacent words ("binh nhuong"), which rank phrases first. */
  pairs: string[];
  entityCount: number;
  /** Entities per entity file. */
  entityChunk: number;
  /** Per article, in document order, how many sentences it has. */
  articleUnits: number[];
}

/** Word shards, pair shards, entity files, article files. */
export type IndexFileKind = 't' | 'p' | 'e' | 'a';

/** A file's path below the index directory: `<build>/t12.json`. */
export const indexFile = (manifest: Pick<SearchManifest, 'build'>, kind: IndexFileKind, position: number) => `${manifest.build}/${kind}${position}.json`;

/** Every file a manifest implies, by kind. */
export function indexFiles(manifest: SearchManifest): Record<IndexFileKind, string[]> {
  const files = (kind: IndexFileKind, count: number) => Array.from({ length: count }, (_, position) => indexFile(manifest, kind, position));
  return {
    t: files('t', manifest.terms.length),
    p: files('p', manifest.pairs.length),
    e: files('e', Math.ceil(manifest.entityCount / manifest.entityChunk)),
    a: files('a', manifest.articleUnits.length),
  };
}

/** A folded word, and per spelling as written ("" when it is the folded word itself) its postings. */
export type TermEntry = [term: string, variants: [spelling: string, postings: number[]][]];
export type PairEntry = [pair: string, postings: number[]];

export interface EntityRecord {
  id: string;
  name: Bilingual;
  gloss: Bilingual;
}

export interface ArticleRecord {
  slug: string;
  headline: Bilingual;
  summary: Bilingual;
  units: { id: string; vi: string; en: string }[];
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isArrayOf = <T,>(value: unknown, item: (entry: unknown) => entry is T): value is T[] => Array.isArray(value) && value.every(item);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBilingual = (value: unknown): value is Bilingual => isObject(value) && isString(value.vi) && isString(value.en);

export function isSearchManifest(value: unknown): value is SearchManifest {
  return (
    isObject(value) &&
    value.version === 1 &&
    isString(value.build) &&
    /^[0-9a-f]+$/.test(value.build) &&
    isArrayOf(value.terms, isString) &&
    isArrayOf(value.pairs, isString) &&
    isNumber(value.entityCount) &&
    isNumber(value.entityChunk) &&
    value.entityChunk > 0 &&
    isArrayOf(value.articleUnits, isNumber)
  );
}

const isPostings = (value: unknown): value is number[] => isArrayOf(value, isNumber);
const isVariant = (value: unknown): value is [string, number[]] => Array.isArray(value) && value.length === 2 && isString(value[0]) && isPostings(value[1]);
const isTermEntry = (value: unknown): value is TermEntry => Array.isArray(value) && value.length === 2 && isString(value[0]) && isArrayOf(value[1], isVariant);
const isPairEntry = (value: unknown): value is PairEntry => Array.isArray(value) && value.length === 2 && isString(value[0]) && isPostings(value[1]);

export const isTermShard = (value: unknown): value is TermEntry[] => isArrayOf(value, isTermEntry);
export const isPairShard = (value: unknown): value is PairEntry[] => isArrayOf(value, isPairEntry);

const isEntityRecord = (value: unknown): value is EntityRecord => isObject(value) && isString(value.id) && isBilingual(value.name) && isBilingual(value.gloss);
export const isEntityFile = (value: unknown): value is EntityRecord[] => isArrayOf(value, isEntityRecord);

const isUnitRecord = (value: unknown): value is ArticleRecord['units'][number] => isObject(value) && isString(value.id) && isString(value.vi) && isString(value.en);
export const isArticleFile = (value: unknown): value is ArticleRecord =>
  isObject(value) && isString(value.slug) && isBilingual(value.headline) && isBilingual(value.summary) && isArrayOf(value.units, isUnitRecord);

/** Postings as stored (differences) back to values. */
export function decodePostings(deltas: readonly number[]): number[] {
  let value = 0;
  return deltas.map((delta) => (value += delta));
}

export function encodePostings(values: readonly number[]): number[] {
  let previous = 0;
  return values.map((value) => {
    const delta = value - previous;
    previous = value;
    return delta;
  });
}
