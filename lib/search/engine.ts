// The query over the chunked index, for the browser and the benchmark alike: it asks `load` for the
// few files a query needs (the shards of its words, then the files of the results shown).
//
// Every query word must start a word of the document, tone marks and đ optional. Results come in
// three groups, names first: entities, articles, sentences. Within a group, documents that hold the
// query as a phrase rank first (+10), then those with the query's exact marks (+5), then those that
// match in their name or title rather than their description (+4); ties keep document order (most
// mentioned entity, newest article, sentences in reading order).
import type { SearchDocument, SearchKind } from './documents';
import { decodePostings, indexFile, isArticleFile, isEntityFile, isPairShard, isTermShard, type ArticleRecord, type EntityRecord, type IndexFileKind, type SearchManifest } from './format';
import { exactWords, queryTerms } from './terms';

export interface SearchSource {
  manifest: SearchManifest;
  /** The parsed JSON of one index file (the client caches and fetches; the tests read a map). */
  load(file: string): Promise<unknown>;
}

/**
 * A word whose prefix spans more shards than this (a word of one or two letters, at scale) matches
 * only as a whole word, so that no query loads a large part of the index.
 */
export const MAX_SHARDS_PER_WORD = 3;

export const SEARCH_KINDS: readonly SearchKind[] = ['entity', 'article', 'sentence'];

export interface SearchMatches {
  /** Document ids per group, best first. */
  groups: Record<SearchKind, number[]>;
  total: number;
}

const MATCHED = 1;
const PRIMARY = 2;
const EXACT = 4;

/** The shards (given by their first keys, `firsts`) that can hold a key starting with `prefix`. */
export function shardRange(firsts: readonly string[], prefix: string): { start: number; end: number } {
  let low = 0;
  let high = firsts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((firsts[middle] ?? '') <= prefix) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, low - 1);
  let end = start;
  while (end + 1 < firsts.length && (firsts[end + 1] ?? '').startsWith(prefix)) end++;
  return { start, end };
}

/** Files already checked, per check: a shard of a common word holds 100,000 numbers, and a query asks for a file once per result. */
const checkedFiles = new WeakMap<(value: unknown) => boolean, WeakSet<object>>();

function isChecked<T>(value: unknown, check: (value: unknown) => value is T): value is T {
  if (typeof value !== 'object' || value === null) return check(value);
  let passed = checkedFiles.get(check);
  if (!passed) checkedFiles.set(check, (passed = new WeakSet()));
  if (passed.has(value)) return true;
  if (!check(value)) return false;
  passed.add(value);
  return true;
}

async function loadChecked<T>(source: SearchSource, file: string, check: (value: unknown) => value is T): Promise<T> {
  const value = await source.load(file);
  if (!isChecked(value, check)) throw new Error(`search index: ${file} is not in the expected shape`);
  return value;
}

/** Keys starting with `prefix` (or equal to it, when the prefix spans too many shards), from their shards. */
async function entriesFor<T extends [string, unknown]>(source: SearchSource, kind: IndexFileKind, firsts: string[], prefix: string, check: (value: unknown) => value is T[]): Promise<T[]> {
  if (!firsts.length) return [];
  const { start, end } = shardRange(firsts, prefix);
  const wholeWord = end - start + 1 > MAX_SHARDS_PER_WORD;
  const positions = Array.from({ length: wholeWord ? 1 : end - start + 1 }, (_, offset) => start + offset);
  const shards = await Promise.all(positions.map((position) => loadChecked(source, indexFile(source.manifest, kind, position), check)));
  return shards.flat().filter(([key]) => (wholeWord ? key === prefix : key.startsWith(prefix)));
}

/** How many documents the index numbers. */
const documentCount = (manifest: SearchManifest) => manifest.entityCount + manifest.articleUnits.length + manifest.articleUnits.reduce((sum, units) => sum + units, 0);

/**
 * The documents with a word starting with `term`: their ids, and per id MATCHED | PRIMARY | EXACT.
 * Flags in an array indexed by id rather than a map: a common word at 10,000 articles has 100,000.
 */
interface WordMatches {
  ids: number[];
  flags: Uint8Array;
}

async function matchWord(source: SearchSource, term: string, spelled: string): Promise<WordMatches> {
  const flags = new Uint8Array(documentCount(source.manifest));
  const ids: number[] = [];
  for (const [word, spellings] of await entriesFor(source, 't', source.manifest.terms, term, isTermShard)) {
    for (const [spelling, deltas] of spellings) {
      const exact = (spelling || word).startsWith(spelled) ? EXACT : 0;
      let posting = 0;
      for (const delta of deltas) {
        posting += delta;
        const id = posting >> 1;
        if (!flags[id]) ids.push(id);
        flags[id] = (flags[id] ?? 0) | MATCHED | (posting & 1 ? PRIMARY : 0) | exact;
      }
    }
  }
  return { ids, flags };
}

async function matchPair(source: SearchSource, first: string, second: string): Promise<Uint8Array> {
  const has = new Uint8Array(documentCount(source.manifest));
  for (const [, deltas] of await entriesFor(source, 'p', source.manifest.pairs, `${first} ${second}`, isPairShard)) {
    for (const posting of decodePostings(deltas)) has[posting >> 1] = 1;
  }
  return has;
}

export function kindOf(manifest: SearchManifest, id: number): SearchKind {
  if (id < manifest.entityCount) return 'entity';
  return id < manifest.entityCount + manifest.articleUnits.length ? 'article' : 'sentence';
}

export async function findMatches(source: SearchSource, query: string): Promise<SearchMatches> {
  const groups: Record<SearchKind, number[]> = { entity: [], article: [], sentence: [] };
  const folded = queryTerms(query);
  const spelled = exactWords(query);
  // The same word twice adds nothing but work ("binh binh binh…").
  const words = [...new Map(folded.map((term, index) => [`${term}\u0000${spelled[index] ?? term}`, { term, spelled: spelled[index] ?? term }])).values()];
  if (!words.length) return { groups, total: 0 };

  // Words and pairs in one round of fetches.
  const [perWord, pairs] = await Promise.all([
    Promise.all(words.map(({ term, spelled: spelling }) => matchWord(source, term, spelling))),
    Promise.all(folded.slice(1).map((second, index) => matchPair(source, folded[index] ?? '', second))),
  ]);

  const [first, ...rest] = perWord.sort((a, b) => a.ids.length - b.ids.length);
  const scored: { id: number; score: number }[] = [];
  for (const id of first?.ids ?? []) {
    let all = first?.flags[id] ?? 0;
    for (const { flags } of rest) all &= flags[id] ?? 0;
    if (!(all & MATCHED)) continue;
    const phrase = pairs.length > 0 && pairs.every((has) => has[id]);
    scored.push({ id, score: (phrase ? 10 : 0) + (all & EXACT ? 5 : 0) + (all & PRIMARY ? 4 : 0) });
  }
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  for (const { id } of scored) groups[kindOf(source.manifest, id)].push(id);
  return { groups, total: scored.length };
}

/** The article a sentence id belongs to, and its place there. */
function locateSentence(manifest: SearchManifest, id: number): { article: number; unit: number } {
  let offset = id - manifest.entityCount - manifest.articleUnits.length;
  for (const [article, units] of manifest.articleUnits.entries()) {
    if (offset < units) return { article, unit: offset };
    offset -= units;
  }
  throw new Error(`search index: no document ${id}`);
}

/** The documents to show for these ids, in the same order; loads each file they live in once. */
export async function loadDocuments(source: SearchSource, ids: readonly number[]): Promise<SearchDocument[]> {
  const { manifest } = source;
  const entityFile = (id: number) => loadChecked<EntityRecord[]>(source, indexFile(manifest, 'e', Math.floor(id / manifest.entityChunk)), isEntityFile);
  const articleFile = (article: number) => loadChecked<ArticleRecord>(source, indexFile(manifest, 'a', article), isArticleFile);
  return Promise.all(
    ids.map(async (id): Promise<SearchDocument> => {
      const kind = kindOf(manifest, id);
      if (kind === 'entity') {
        const entity = (await entityFile(id))[id % manifest.entityChunk];
        if (!entity) throw new Error(`search index: no entity ${id}`);
        return { kind, path: `/entities/${entity.id}/`, vi: entity.name.vi, en: entity.name.en, context: entity.gloss };
      }
      if (kind === 'article') {
        const article = await articleFile(id - manifest.entityCount);
        return { kind, path: `/articles/${article.slug}/`, vi: article.headline.vi, en: article.headline.en, context: article.summary };
      }
      const place = locateSentence(manifest, id);
      const article = await articleFile(place.article);
      const unit = article.units[place.unit];
      if (!unit) throw new Error(`search index: no sentence ${id}`);
      return { kind, path: `/articles/${article.slug}/#${unit.id}`, vi: unit.vi, en: unit.en, context: article.headline };
    }),
  );
}

/** How many results of each group a query shows at first: what its first answer has to download. */
export const FIRST_PAGE: Readonly<Record<SearchKind, number>> = { entity: 5, article: 5, sentence: 10 };
/** How many more “Show more” adds. */
export const MORE_PAGE = 20;

/** The group a reader sees first: the first, in page order, that has results (undefined when none has). */
export const topGroup = (matches: SearchMatches): SearchKind | undefined => SEARCH_KINDS.find((kind) => matches.groups[kind].length > 0);

/**
 * The first page of every group, the top group (topGroup: usually the names) first and alone, then
 * the others together; `onGroup` gets each group's documents as soon as its files are here. The names
 * are held in a few files of 64 and show without waiting for the sentences' files (one per article a
 * sentence comes from), which are most of a query's time. Fetched alongside those, the names' file
 * waited in line with them: with the CPU slowed 4× the first result came 95–167 ms after the
 * matches, 2–101 ms alone (npm run bench:search, 1,000 articles); the last group came as soon on
 * loopback, and about 70 ms later on a slow mobile network.
 */
export async function loadFirstPage(
  source: SearchSource,
  matches: SearchMatches,
  onGroup?: (kind: SearchKind, documents: SearchDocument[]) => void,
): Promise<Record<SearchKind, SearchDocument[]>> {
  const loadGroup = async (kind: SearchKind) => {
    const documents = await loadDocuments(source, matches.groups[kind].slice(0, FIRST_PAGE[kind]));
    onGroup?.(kind, documents);
    return documents;
  };
  const top = topGroup(matches);
  const first = top ? await loadGroup(top) : [];
  const [entity = [], article = [], sentence = []] = await Promise.all(SEARCH_KINDS.map((kind) => (kind === top ? first : loadGroup(kind))));
  return { entity, article, sentence };
}
