// What search finds, as plain data projected from the article model and the knowledge base: every
// article (headline and summary), every sentence, every entity, in both languages.
import type { AnalysedArticle } from '../article/model';
import type { Entity } from '../entities/schema';

export type SearchKind = 'entity' | 'article' | 'sentence';

export interface Bilingual {
  vi: string;
  en: string;
}

export interface SearchArticle {
  slug: string;
  headline: Bilingual;
  summary: Bilingual;
  units: { id: string; vi: string; en: string }[];
}

export interface SearchEntity {
  id: string;
  name: Bilingual;
  gloss: Bilingual;
  aliases: string[];
  /** How many sentences of the corpus mention it: the more prominent of two equal matches ranks first. */
  mentions: number;
}

export interface SearchCorpus {
  /** In library order (newest first): the order results of equal rank keep. */
  articles: SearchArticle[];
  /** Most mentioned first. */
  entities: SearchEntity[];
}

/** One result as the page shows it; `path` is below the interface locale ("/articles/<slug>/#s4"). */
export interface SearchDocument {
  kind: SearchKind;
  path: string;
  vi: string;
  en: string;
  /** Where the text comes from (an article's headline, an entity's gloss), shown under the result. */
  context?: Bilingual;
}

export function searchCorpus(articles: readonly AnalysedArticle[], entities: readonly Entity[]): SearchCorpus {
  const mentions = new Map<string, number>();
  for (const article of articles) {
    for (const unit of article.units) {
      const mentioned = new Set([...unit.vi.mentions, ...(unit.en?.mentions ?? [])].map((mention) => mention.entity));
      for (const entity of mentioned) mentions.set(entity, (mentions.get(entity) ?? 0) + 1);
    }
  }
  return {
    articles: articles.map(({ meta, units }) => ({
      slug: meta.slug,
      headline: { vi: meta.headline.vi, en: meta.headline.en },
      summary: { vi: meta.summary.vi, en: meta.summary.en },
      units: units.map((unit) => ({ id: unit.id, vi: unit.vi.text, en: unit.en?.text ?? '' })),
    })),
    entities: entities
      .map((entity) => ({ id: entity.id, name: entity.name, gloss: entity.gloss, aliases: [...entity.aliases.vi, ...entity.aliases.en], mentions: mentions.get(entity.id) ?? 0 }))
      .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id)),
  };
}
