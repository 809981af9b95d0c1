// The search index: every article, sentence and entity, in both languages, as plain data.
import type { AnalysedArticle } from '../article/model';
import type { Entity } from '../entities/schema';

export type SearchKind = 'article' | 'sentence' | 'entity';

export interface SearchDocument {
  kind: SearchKind;
  /** Below the interface locale: "/articles/<slug>/#s4" becomes "/en/articles/<slug>/#s4". */
  path: string;
  vi: string;
  en: string;
  /** Where the text comes from (an article's headline, an entity's gloss), shown under the result. */
  context?: { vi: string; en: string };
  /** Further text that finds the document without being shown (aliases). */
  keywords?: string;
}

export function searchDocuments(articles: readonly AnalysedArticle[], entities: readonly Entity[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const article of articles) {
    const { slug, headline, summary } = article.meta;
    documents.push({ kind: 'article', path: `/articles/${slug}/`, vi: headline.vi, en: headline.en, context: { vi: summary.vi, en: summary.en } });
    for (const unit of article.units) {
      documents.push({ kind: 'sentence', path: `/articles/${slug}/#${unit.id}`, vi: unit.vi.text, en: unit.en?.text ?? '', context: { vi: headline.vi, en: headline.en } });
    }
  }
  for (const entity of entities) {
    documents.push({
      kind: 'entity',
      path: `/entities/${entity.id}/`,
      vi: entity.name.vi,
      en: entity.name.en,
      context: entity.gloss,
      keywords: [...entity.aliases.vi, ...entity.aliases.en].join(' · '),
    });
  }
  return documents;
}
