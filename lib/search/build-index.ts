// Builds the chunked search index from the search corpus (pure: corpus in, files out). The browser
// loads the small manifest, then per query only the shards that hold its words and the files of the
// results it shows; see lib/search/format.ts for the numbering and lib/search/engine.ts for the query.
import { createHash } from 'node:crypto';
import type { SearchCorpus } from './documents';
import { encodePostings, type ArticleRecord, type EntityRecord, type IndexFileKind, type PairEntry, type SearchManifest, type TermEntry } from './format';
import { exactWords, foldForSearch } from './terms';

/** A shard closes once its JSON passes this size: about 8 kB gzip, a few shards per query. */
export const SHARD_TARGET_BYTES = 24_000;
export const ENTITY_CHUNK = 64;

export interface SearchIndex {
  manifest: SearchManifest;
  /** Path below the index directory (`<build>/t0.json`) → JSON text. */
  files: Map<string, string>;
}

interface Field {
  text: string;
  primary: boolean;
}

class Postings {
  /** folded word → spelling → ids (with the primary bit), in id order because documents are added in order. */
  readonly terms = new Map<string, Map<string, number[]>>();
  readonly pairs = new Map<string, number[]>();
  /** Folding character by character is the slow part of the build; a corpus has few distinct spellings. */
  private readonly foldedSpellings = new Map<string, string>();

  private fold(spelling: string): string {
    let folded = this.foldedSpellings.get(spelling);
    if (folded === undefined) this.foldedSpellings.set(spelling, (folded = foldForSearch(spelling)));
    return folded;
  }

  add(id: number, fields: Field[]) {
    const seenTerms = new Map<string, number>();
    const seenPairs = new Map<string, number>();
    for (const { text, primary } of fields) {
      const spelled = exactWords(text);
      const folded = spelled.map((spelling) => this.fold(spelling));
      const posting = id * 2 + (primary ? 1 : 0);
      spelled.forEach((spelling, index) => {
        const key = `${folded[index]}\u0000${spelling}`;
        seenTerms.set(key, Math.max(seenTerms.get(key) ?? 0, posting));
        const next = folded[index + 1];
        if (next !== undefined) {
          const pair = `${folded[index]} ${next}`;
          seenPairs.set(pair, Math.max(seenPairs.get(pair) ?? 0, posting));
        }
      });
    }
    for (const [key, posting] of seenTerms) {
      const [term = '', spelling = ''] = key.split('\u0000');
      let spellings = this.terms.get(term);
      if (!spellings) this.terms.set(term, (spellings = new Map()));
      let list = spellings.get(spelling);
      if (!list) spellings.set(spelling, (list = []));
      list.push(posting);
    }
    for (const [pair, posting] of seenPairs) {
      let list = this.pairs.get(pair);
      if (!list) this.pairs.set(pair, (list = []));
      list.push(posting);
    }
  }
}

/** Consecutive entries, sorted by key, cut into shards of about `targetBytes`; returns each shard's first key. */
function shard<T extends [string, unknown]>(entries: T[], kind: IndexFileKind, files: Map<string, string>, targetBytes: number): string[] {
  const firsts: string[] = [];
  let current: string[] = [];
  let size = 0;
  const close = () => {
    if (!current.length) return;
    files.set(`${kind}${firsts.length - 1}.json`, `[${current.join(',')}]`);
    current = [];
    size = 0;
  };
  for (const entry of entries) {
    const json = JSON.stringify(entry);
    if (size && size + json.length > targetBytes) close();
    if (!current.length) firsts.push(entry[0]);
    current.push(json);
    size += json.length + 1;
  }
  close();
  return firsts;
}

const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function buildSearchIndex(corpus: SearchCorpus, { shardTargetBytes = SHARD_TARGET_BYTES } = {}): SearchIndex {
  const postings = new Postings();
  let id = 0;
  for (const entity of corpus.entities) {
    postings.add(id++, [
      ...[entity.name.vi, entity.name.en, ...entity.aliases].map((text) => ({ text, primary: true })),
      { text: entity.gloss.vi, primary: false },
      { text: entity.gloss.en, primary: false },
    ]);
  }
  for (const article of corpus.articles) {
    postings.add(id++, [
      { text: article.headline.vi, primary: true },
      { text: article.headline.en, primary: true },
      { text: article.summary.vi, primary: false },
      { text: article.summary.en, primary: false },
    ]);
  }
  for (const article of corpus.articles) {
    for (const unit of article.units) postings.add(id++, [{ text: unit.vi, primary: true }, { text: unit.en, primary: true }]);
  }

  const files = new Map<string, string>();
  const termEntries: TermEntry[] = [...postings.terms].map(([term, spellings]) => [term, [...spellings].map(([spelling, list]) => [spelling === term ? '' : spelling, encodePostings(list)])]);
  const pairEntries: PairEntry[] = [...postings.pairs].map(([pair, list]) => [pair, encodePostings(list)]);
  const terms = shard(termEntries.sort(byKey), 't', files, shardTargetBytes);
  const pairs = shard(pairEntries.sort(byKey), 'p', files, shardTargetBytes);
  for (let start = 0; start < corpus.entities.length; start += ENTITY_CHUNK) {
    const records: EntityRecord[] = corpus.entities.slice(start, start + ENTITY_CHUNK).map(({ id: entityId, name, gloss }) => ({ id: entityId, name, gloss }));
    files.set(`e${start / ENTITY_CHUNK}.json`, JSON.stringify(records));
  }
  corpus.articles.forEach(({ slug, headline, summary, units }, position) => {
    const record: ArticleRecord = { slug, headline, summary, units };
    files.set(`a${position}.json`, JSON.stringify(record));
  });

  const hash = createHash('sha256');
  for (const [name, text] of files) hash.update(`${name}\u0000${text}\u0000`);
  const manifest: SearchManifest = {
    version: 1,
    build: hash.digest('hex').slice(0, 12),
    terms,
    pairs,
    entityCount: corpus.entities.length,
    entityChunk: ENTITY_CHUNK,
    articleUnits: corpus.articles.map((article) => article.units.length),
  };
  return { manifest, files: new Map([...files].map(([name, text]) => [`${manifest.build}/${name}`, text])) };
}
