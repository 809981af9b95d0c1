import type { Article } from '../content/load';
import { articleDataPath, ENTITIES_DATA_PATH, FEED_PATH, LEXICON_PATH } from '../paths';
import { absoluteUrl } from '../site';

/** The list of open-data files, so that a client can find everything from one URL. */
export function openDataCatalogue(articles: Article[]) {
  return {
    description: 'Song Ngữ corpus: Vietnamese news articles with sentence-aligned English translations, entity annotations and word segmentation against a learner’s lexicon.',
    articles: articles.map((article) => ({ slug: article.meta.slug, headline: article.meta.headline, published: article.meta.published.date, url: absoluteUrl(articleDataPath(article.meta.slug)) })),
    entities: absoluteUrl(ENTITIES_DATA_PATH),
    lexicon: absoluteUrl(LEXICON_PATH),
    feed: absoluteUrl(FEED_PATH),
  };
}
