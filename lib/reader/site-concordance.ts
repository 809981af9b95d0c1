import type { TFunction } from 'i18next';
import { getPublishedArticles, type Article } from '../content/load';
import { getEntityIndex } from '../entities';
import type { Locale } from '../i18n/config';
import { concordance, type ConcordanceLine } from './concordance';
import { renderArticle } from './render-article';

export interface ArticleMentions {
  article: Article;
  lines: ConcordanceLine[];
}

const cache = new Map<Locale, Map<string, ArticleMentions[]>>();

/** Entity id → for each article (newest first) the units that mention it. Built once per locale. */
export function siteConcordance(locale: Locale, t: TFunction): Map<string, ArticleMentions[]> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const byEntity = new Map<string, ArticleMentions[]>();
  const entities = getEntityIndex();
  for (const article of getPublishedArticles()) {
    for (const [entityId, lines] of concordance(renderArticle(article, locale, t, entities))) {
      byEntity.set(entityId, [...(byEntity.get(entityId) ?? []), { article, lines }]);
    }
  }
  cache.set(locale, byEntity);
  return byEntity;
}
