import type { Article } from '../content/load';
import { LEXICON_PATH } from '../lexicon/data';
import { absoluteUrl } from '../site';

export const ENTITIES_DATA_PATH = '/data/entities.json';
export const SEARCH_INDEX_PATH = '/search-index.json';
export const DATA_INDEX_PATH = '/data/index.json';
export const FEED_PATH = '/feed.xml';
export const articleDataPath = (slug: string) => `/data/articles/${slug}.json`;

/** The list of open-data files, so that a client can find everything from one URL. */
export function openDataCatalogue(articles: Article[]) {
  return {
    description: 'Song Ngữ corpus: Vietnamese news articles with sentence-aligned English translations, entity annotations and word segmentation against a learner’s lexicon.',
    articles: articles.map((article) => ({ slug: article.meta.slug, headline: article.meta.headline, published: article.meta.published.date, url: absoluteUrl(articleDataPath(article.meta.slug)) })),
    entities: absoluteUrl(ENTITIES_DATA_PATH),
    lexicon: absoluteUrl(LEXICON_PATH),
    search: absoluteUrl(SEARCH_INDEX_PATH),
    feed: absoluteUrl(FEED_PATH),
  };
}
