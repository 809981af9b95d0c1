// The QA input of an analysed article: each unit's texts and the entities its two cells link, read
// from the one analysis the site uses (lib/article). Pure.
import type { AnalysedArticle, Unit } from '../article/model';
import type { Entity } from '../entities/schema';
import type { QaEntity, QaUnit } from './types';

export function qaEntity(entity: Entity): QaEntity {
  return { id: entity.id, en: [entity.name.en, ...entity.aliases.en], vi: [entity.name.vi, ...entity.aliases.vi] };
}

/** `english` replaces the analysed English (a machine draft the workbench checks before it is confirmed). */
export function qaUnit(unit: Unit, entities: ReadonlyMap<string, Entity>, english?: string): QaUnit {
  const linked = [...new Set(unit.vi.mentions.map((mention) => mention.entity))];
  return {
    id: unit.id,
    vi: unit.vi.text,
    viMentions: unit.vi.mentions.map(({ start, end }) => ({ start, end })),
    en: english ?? unit.en?.text ?? null,
    enEntities: [...new Set((unit.en?.mentions ?? []).map((mention) => mention.entity))],
    entities: linked.flatMap((id) => {
      const entity = entities.get(id);
      return entity ? [qaEntity(entity)] : [];
    }),
  };
}

export function qaUnits(article: Pick<AnalysedArticle, 'units'>, entities: ReadonlyMap<string, Entity>): QaUnit[] {
  return article.units.map((unit) => qaUnit(unit, entities));
}
