import { ContentError } from '../content/load';
import { aliasesByLanguage, readEntities } from './load';
import { createMatcher, type Matcher } from './matcher';
import type { Entity } from './schema';

export interface EntityIndex {
  list: Entity[];
  byId: ReadonlyMap<string, Entity>;
  matchers: Record<'vi' | 'en', Matcher>;
}

let cache: EntityIndex | undefined;

/** The knowledge base for the build; any error in it stops the build with file:line messages. */
export function getEntityIndex(): EntityIndex {
  if (cache) return cache;
  const { entities, findings } = readEntities();
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length) throw new ContentError(errors);
  cache = buildEntityIndex(entities);
  return cache;
}

export function buildEntityIndex(entities: Entity[]): EntityIndex {
  const aliases = aliasesByLanguage(entities);
  return {
    list: entities,
    byId: new Map(entities.map((entity) => [entity.id, entity])),
    matchers: { vi: createMatcher(aliases.vi), en: createMatcher(aliases.en) },
  };
}
