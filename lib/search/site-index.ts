// The site's search index, built once per set of published articles and shared by the routes that
// write its files.
import 'server-only';
import { getAnalysedArticles } from '../article';
import { getPublishedArticles, type Article } from '../content/load';
import { getEntityIndex } from '../entities';
import { buildSearchIndex, type SearchIndex } from './build-index';
import { searchCorpus } from './documents';

const indexes = new WeakMap<readonly Article[], SearchIndex>();

export function getSearchIndex(): SearchIndex {
  const articles = getPublishedArticles();
  let index = indexes.get(articles);
  if (!index) {
    index = buildSearchIndex(searchCorpus(getAnalysedArticles(), getEntityIndex().list));
    indexes.set(articles, index);
  }
  return index;
}
