// Cross-checks between the articles and the knowledge base, for check:content.
import type { Article, FileFinding } from '../content/load';
import type { Entity } from './schema';

export interface MentionTally {
  findings: FileFinding[];
  /** Mentions per article slug, and per entity across all articles. */
  perArticle: Map<string, number>;
  perEntity: Map<string, number>;
  /**
   * Records no article mentions yet. Not a problem in itself — the knowledge base covers the beat,
   * not only the articles published so far — but an alias nobody can match shows up here.
   */
  unused: string[];
}

/** `mentionsIn` counts an article's rendered mentions per entity (explicit and automatic alike). */
export function checkEntityUse(articles: Article[], entities: Entity[], mentionsIn: (article: Article) => Map<string, number>): MentionTally {
  const known = new Set(entities.map((entity) => entity.id));
  const findings: FileFinding[] = [];
  const perArticle = new Map<string, number>();
  const perEntity = new Map<string, number>();

  for (const article of articles) {
    const slug = article.meta.slug;
    perArticle.set(slug, 0);
    for (const { id, off, line: bodyLine } of article.entityDirectives) {
      const line = bodyLine + article.bodyLine - 1;
      if (id && !known.has(id)) findings.push({ file: article.file, line, severity: 'error', message: `:entity refers to unknown entity "${id}": add content/entities/${id}.yaml or fix the id` });
      else if (!id && !off) findings.push({ file: article.file, line, severity: 'error', message: ':entity needs {#entity-id} or {off}' });
    }
    for (const [entityId, count] of mentionsIn(article)) {
      perArticle.set(slug, (perArticle.get(slug) ?? 0) + count);
      perEntity.set(entityId, (perEntity.get(entityId) ?? 0) + count);
    }
  }
  const unused = entities.filter((entity) => !perEntity.get(entity.id)).map((entity) => entity.id);
  return { findings, perArticle, perEntity, unused };
}
