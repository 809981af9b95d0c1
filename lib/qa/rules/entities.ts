// Every entity the Vietnamese links must be named in the English: by its English name or an alias,
// or marked explicitly (`:entity[…]{#id}`), which the analysis reports as a mention.
import { containsName } from '../fold';
import type { QaRule } from '../types';

export const entities: QaRule = (unit) =>
  unit.entities
    .filter((entity) => !unit.enEntities.includes(entity.id) && !entity.en.some((name) => containsName(unit.en, name)))
    .map((entity) => ({
      unit: unit.id,
      rule: 'entities',
      detail: entity.en[0] ?? entity.id,
      message: `the Vietnamese names ${entity.id}, but the English has neither "${entity.en[0] ?? entity.id}" nor one of its aliases`,
    }));
