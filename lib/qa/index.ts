// The quality checks: one rule per file in rules/, run over an article's units. Pure and
// import-free but for its own files, so that the workbench runs them in the browser as the
// translator types and check:content runs them over every published article, the same way.
import { entities } from './rules/entities';
import { length, lengthNorm } from './rules/length';
import { numbers } from './rules/numbers';
import { quotes } from './rules/quotes';
import { untranslated } from './rules/untranslated';
import type { QaArticleContext, QaFinding, QaRule, QaRuleId, QaUnit, QaWaiver } from './types';

export * from './types';
export { lengthNorm } from './rules/length';

const RULES: Record<QaRuleId, QaRule> = { numbers, entities, quotes, length, untranslated };

export function articleContext(units: readonly Pick<QaUnit, 'vi' | 'en'>[]): QaArticleContext {
  return { lengthNorm: lengthNorm(units) };
}

/** One unit's findings; a unit with no English has none (it is pending, which check:content reports). */
export function checkUnit(unit: QaUnit, context: QaArticleContext): QaFinding[] {
  const { en } = unit;
  if (en === null) return [];
  return Object.values(RULES).flatMap((rule) => rule({ ...unit, en }, context));
}

export function checkUnits(units: readonly QaUnit[]): QaFinding[] {
  const context = articleContext(units);
  return units.flatMap((unit) => checkUnit(unit, context));
}

export interface WaiverResult {
  open: QaFinding[];
  waived: { finding: QaFinding; waiver: QaWaiver }[];
  /** Waivers that no finding needs any more (fixed, or naming a unit that is not there): stale. */
  unused: QaWaiver[];
}

/** A waiver covers every finding of its rule in its unit. */
export function applyWaivers(findings: readonly QaFinding[], waivers: readonly QaWaiver[]): WaiverResult {
  const result: WaiverResult = { open: [], waived: [], unused: [] };
  const used = new Set<QaWaiver>();
  for (const finding of findings) {
    const waiver = waivers.find((candidate) => candidate.unit === finding.unit && candidate.rule === finding.rule);
    if (waiver) {
      result.waived.push({ finding, waiver });
      used.add(waiver);
    } else result.open.push(finding);
  }
  result.unused = waivers.filter((waiver) => !used.has(waiver));
  return result;
}
