// Every mention of an entity across the articles, as concordance lines (the units that mention it),
// and the mention tally check:content reports: both read the analysed articles' mentions.
import { createHash } from 'node:crypto';
import type { AnalysedArticle, Unit } from './model';

/** What the concordance and its page read of an article. */
export type Quoted = Pick<AnalysedArticle, 'slug' | 'units'> & { meta: { headline: Pick<AnalysedArticle['meta']['headline'], 'vi'> } };

export interface ArticleMentions<Article extends Quoted = AnalysedArticle> {
  article: Article;
  /** The units that mention the entity, in text order. */
  units: Unit[];
}

/** Entity id → for each article (in the order given) the units that mention it, in either language. */
export function concordance<Article extends Quoted>(articles: readonly Article[]): Map<string, ArticleMentions<Article>[]> {
  const byEntity = new Map<string, ArticleMentions<Article>[]>();
  for (const article of articles) {
    const inArticle = new Map<string, Unit[]>();
    for (const unit of article.units) {
      const mentioned = new Set([...unit.vi.mentions, ...(unit.en?.mentions ?? [])].map((mention) => mention.entity));
      for (const entity of mentioned) {
        const units = inArticle.get(entity);
        if (units) units.push(unit);
        else inArticle.set(entity, [unit]);
      }
    }
    for (const [entity, units] of inArticle) {
      const articles = byEntity.get(entity);
      if (articles) articles.push({ article, units });
      else byEntity.set(entity, [{ article, units }]);
    }
  }
  return byEntity;
}

const unitDigests = new WeakMap<Unit, string>();

/**
 * A unit's digest, in place of the unit itself, kept per unit object: a unit is quoted on the page of
 * every name it mentions, and serialising it again for each (the names most articles mention quote
 * thousands of units at 1,000 articles) was most of what planning an export cost.
 */
function unitDigest(unit: Unit): string {
  let digest = unitDigests.get(unit);
  if (!digest) {
    digest = createHash('sha256').update(JSON.stringify(unit)).digest('base64');
    unitDigests.set(unit, digest);
  }
  return digest;
}

/**
 * What an entity's page shows of the articles that mention it (app/[locale]/entities/[id]/page.tsx):
 * each article's slug and Vietnamese headline and the units it quotes (as digests of all they hold),
 * in order. The export plan keys the page by it (lib/build/plan.ts), so it must hold everything the
 * page reads from the mentions.
 */
export function concordanceShown(mentions: readonly ArticleMentions<Quoted>[]): unknown {
  return mentions.map(({ article, units }) => [article.slug, article.meta.headline.vi, units.map(unitDigest)]);
}

/** How many times each entity is mentioned in an article, in either language. */
export function mentionCounts(article: AnalysedArticle): Map<string, number> {
  const counts = new Map<string, number>();
  for (const unit of article.units) {
    for (const mention of [...unit.vi.mentions, ...(unit.en?.mentions ?? [])]) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  }
  return counts;
}
