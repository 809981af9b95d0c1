// The quality checks' data: plain values, so that the same rules run in the workbench as the
// translator types (in the browser) and in check:content over the published articles.

/** One rule per file in lib/qa/rules/; the id is what a waiver names. */
export const QA_RULES = ['numbers', 'entities', 'quotes', 'length', 'untranslated'] as const;
export type QaRuleId = (typeof QA_RULES)[number];

export function isQaRule(value: string): value is QaRuleId {
  return QA_RULES.some((rule) => rule === value);
}

/** An entity the Vietnamese of a unit links: what its English may call it, and its names in both languages. */
export interface QaEntity {
  id: string;
  /** English name and aliases. */
  en: readonly string[];
  /** Vietnamese name and aliases: a name may stay Vietnamese in the English. */
  vi: readonly string[];
}

export interface QaUnit {
  id: string;
  /** The Vietnamese as the site reads it (the analysed cell's text). */
  vi: string;
  /** Stretches of the Vietnamese that are entity mentions (digits in names are no quantities). */
  viMentions: readonly { start: number; end: number }[];
  /** The English as the site reads it, or null while there is none. */
  en: string | null;
  /** Entities the English links (explicit markup or an alias the analysis found). */
  enEntities: readonly string[];
  /** The entities the Vietnamese links. */
  entities: readonly QaEntity[];
}

export interface QaFinding {
  unit: string;
  rule: QaRuleId;
  /** English, for check:content. */
  message: string;
  /** What the interface needs to say it in either language: the missing number, name, … */
  detail: string;
}

/** What one unit's rules know about the whole article. */
export interface QaArticleContext {
  /** The article's usual English/Vietnamese length ratio, or null with too few translated units to tell. */
  lengthNorm: number | null;
}

export type QaRule = (unit: QaUnit & { en: string }, context: QaArticleContext) => QaFinding[];

export interface QaWaiver {
  unit: string;
  rule: QaRuleId;
  reason: string;
}
