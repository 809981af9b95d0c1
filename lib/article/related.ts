// Where an article's reader goes next: the next article in the library's order (newest first, so
// the next older one; after the oldest, the newest) and the other articles that share the most
// entities with it. Pure: analysed articles in, choices out (tests/unit/related-articles.test.ts).
import type { AnalysedArticle } from './model';

/** What the choice reads of an article. */
export type Mentioning = Pick<AnalysedArticle, 'slug' | 'units'>;

export interface RelatedArticle<Article extends Mentioning> {
  article: Article;
  /** How many distinct entities the two articles both mention. */
  shared: number;
}

export interface ArticleEnd<Article extends Mentioning> {
  next: Article | null;
  related: RelatedArticle<Article>[];
}

const entitySets = new WeakMap<Mentioning, ReadonlySet<string>>();

/**
 * The distinct entities an article mentions, in either language. Kept per article object: every page
 * compares its article with all the others, and gathering the set again for each pair made choosing
 * the "read on" articles quadratic in mentions (about a minute for 1,000 articles).
 */
export function entitiesOf(article: Mentioning): ReadonlySet<string> {
  let entities = entitySets.get(article);
  if (!entities) {
    entities = new Set(article.units.flatMap((unit) => [...unit.vi.mentions, ...(unit.en?.mentions ?? [])].map((mention) => mention.entity)));
    entitySets.set(article, entities);
  }
  return entities;
}

/** How many entities two sets have in common (counted without copying either: this runs for every pair of articles). */
function sharedCount(theirs: ReadonlySet<string>, mine: ReadonlySet<string>): number {
  let shared = 0;
  for (const entity of theirs) if (mine.has(entity)) shared += 1;
  return shared;
}

/** `articles` in the library's order; `limit` related articles at most, none of them the next one. */
export function articleEnd<Article extends Mentioning>(current: Article, articles: readonly Article[], limit = 3): ArticleEnd<Article> {
  const index = articles.findIndex((article) => article.slug === current.slug);
  const others = articles.filter((article) => article.slug !== current.slug);
  const next = index < 0 || !others.length ? null : (articles[(index + 1) % articles.length] ?? null);
  const mine = entitiesOf(current);
  const related = others
    .filter((article) => article !== next)
    .map((article) => ({ article, shared: sharedCount(entitiesOf(article), mine) }))
    .filter((candidate) => candidate.shared > 0)
    // Most shared first; among equals the library's order (newest first), which sort keeps.
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit);
  return { next, related };
}

/**
 * What an article's page shows of the others at its end (components/article-end.tsx): their slugs,
 * headlines and shared-name counts. The export plan keys the page by it (lib/build/plan.ts), so it
 * must name everything that component reads of another article.
 */
export function articleEndShown<Article extends Mentioning & { meta: Pick<AnalysedArticle['meta'], 'headline'> }>(end: ArticleEnd<Article>) {
  const shown = (article: Article) => ({ slug: article.slug, headline: article.meta.headline });
  return { next: end.next && shown(end.next), related: end.related.map(({ article, shared }) => ({ ...shown(article), shared })) };
}
