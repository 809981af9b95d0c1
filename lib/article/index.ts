// The analysed articles of the build, each analysed once and shared by every page and route.
import { getPublishedArticles, type Article } from '../content/load';
import { getEntityIndex } from '../entities';
import { getLexicon } from '../lexicon/load';
import { analyseCached } from './analysis-cache';
import { concordance, type ArticleMentions } from './concordance';
import type { AnalysedArticle } from './model';

// Keyed by the read article, so that a preview that re-reads an edited file analyses it afresh.
const analyses = new WeakMap<Article, AnalysedArticle>();

function analysed(article: Article): AnalysedArticle {
  let result = analyses.get(article);
  if (!result) {
    result = analyseCached(article, () => ({ entities: getEntityIndex(), lexicon: getLexicon() }));
    analyses.set(article, result);
  }
  return result;
}

/** The articles the site shows (newest first), analysed against the knowledge base and the lexicon. */
export function getAnalysedArticles(): AnalysedArticle[] {
  return getPublishedArticles().map(analysed);
}

export function getAnalysedArticle(slug: string): AnalysedArticle | undefined {
  const article = getPublishedArticles().find((candidate) => candidate.meta.slug === slug);
  return article && analysed(article);
}

const concordances = new WeakMap<readonly Article[], Map<string, ArticleMentions[]>>();

/** Entity id → the articles (newest first) and units that mention it. Built once per set of articles. */
export function siteConcordance(): Map<string, ArticleMentions[]> {
  const articles = getPublishedArticles();
  let result = concordances.get(articles);
  if (!result) {
    result = concordance(articles.map(analysed));
    concordances.set(articles, result);
  }
  return result;
}
