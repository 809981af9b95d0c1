// The per-article JSON routes under /data/ (the open data, the words, the lexicon slice): one file
// `<slug>.json` per article each, rendered as the export plan says (lib/build/export-plan.ts).
import 'server-only';
import { slugsToRender } from '../build/export-plan';
import type { ArticleRouteKind } from '../build/plan';
import { getPublishedArticles } from '../content/load';
import { getAnalysedArticle } from './index';
import type { AnalysedArticle } from './model';

/** The route's static params: the files this build renders. */
export const articleJsonParams = (kind: ArticleRouteKind): { file: string }[] =>
  slugsToRender(kind, getPublishedArticles().map((article) => article.meta.slug)).map((slug) => ({ file: `${slug}.json` }));

/** The article a `<slug>.json` file is about, if it is one. */
export const articleOfJsonFile = (file: string): AnalysedArticle | undefined => (file.endsWith('.json') ? getAnalysedArticle(file.slice(0, -'.json'.length)) : undefined);
