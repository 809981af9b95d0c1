// The public paths of the site's data files, for the pages that write them and the islands that
// fetch them. Import-free, so an island that needs a path gets a string and nothing else
// (before, /search shipped zod and the lexicon schema for the path of its index).

export const LEXICON_PATH = '/data/lexicon.json';
export const ENTITIES_DATA_PATH = '/data/entities.json';
/** The chunked search index (lib/search/format.ts): a manifest, and the shards and documents it names. */
export const SEARCH_MANIFEST_PATH = '/search-index/manifest.json';
export const searchIndexFilePath = (file: string) => `/search-index/${file}`;
export const DATA_INDEX_PATH = '/data/index.json';
export const FEED_PATH = '/feed.xml';
export const articleDataPath = (slug: string) => `/data/articles/${slug}.json`;
/** The lexicon entries one article's word cards can need, in the shape of LEXICON_PATH. */
export const articleLexiconPath = (slug: string) => `/data/lexicon/${slug}.json`;
/** The service worker (lib/offline/service-worker.ts), at the root so that it controls every page. */
export const SERVICE_WORKER_PATH = '/sw.js';
/** What the offline cache keeps: the lexicon slices the word cards load (articleLexiconPath). */
export const LEXICON_SLICES_PREFIX = '/data/lexicon/';
/** The distinct lexicon words one article uses, for "you know N% of its words" in the library. */
export const articleWordsPath = (slug: string) => `/data/words/${slug}.json`;
