import { z } from 'zod';
import { UNIT_ID } from '../article/structure';
import { QA_RULES } from '../qa/types';
import { isSafeAbsoluteUrl, SAFE_URL_MESSAGE } from '../security/url-policy';

const bilingual = z.object({ en: z.string().trim().min(1), vi: z.string().trim().min(1) }).strict();

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
    return date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
  }, 'not a real calendar date');

/** What ingest writes where the source gave no value; a draft may keep it, a published article may not. */
export const TODO = 'TODO';
/** The visible stand-ins a draft with a `TODO` (or a missing field) is shown with in `preview:drafts`. */
export const DRAFT_PLACEHOLDER = {
  headline: 'TODO: tiêu đề (no headline yet)',
  date: '1970-01-01',
  basis: { en: 'TODO: no date yet — add the date the source printed', vi: 'TODO: chưa có ngày — thêm ngày đăng của bài gốc' },
} as const;

const PUBLISHED_HINT = 'add `published: 2024-06-19`, the date the source printed, or `published: {date: 2024-06-19, inferred: true, basis: {en: …, vi: …}}` saying how you know it';
const HINTS: Record<string, string> = {
  published: PUBLISHED_HINT,
  headline: 'add `headline: {vi: <the headline the source printed>, en: <its translation>, editorial: false}`',
  summary: 'add `summary: {en: <one sentence>, vi: <one sentence>}`',
  source: 'add `source: {seed: <the raw file ingested, without .txt>}`',
};
/** A missing or TODO field says what to write, not just what type zod expected. */
function guided(field: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `missing: ${HINTS[field] ?? `add \`${field}\``}` : typeof issue.input === 'string' ? `\`${field}: ${issue.input}\` is not filled in: ${HINTS[field] ?? ''}` : undefined,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Shorthands and draft placeholders, applied before validation: `published: 2024-06-19` (or
 * `2024-06-19 10:15`) means a printed date; in a draft, a `TODO` or missing `published` or headline
 * becomes a visible placeholder so that the draft still renders in preview:drafts.
 */
function expandShorthands(input: unknown): unknown {
  if (!isRecord(input)) return input;
  const value: Record<string, unknown> = { ...input };
  const shorthand = typeof value.published === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?$/u.exec(value.published.trim()) : null;
  if (shorthand) value.published = { date: shorthand[1], ...(shorthand[2] ? { time: shorthand[2] } : {}), inferred: false };
  if (value.status !== 'draft') return value;
  if (value.published === undefined || value.published === null || value.published === TODO) {
    value.published = { date: DRAFT_PLACEHOLDER.date, inferred: true, basis: { ...DRAFT_PLACEHOLDER.basis } };
  }
  if (value.headline === undefined) value.headline = { vi: '', en: '', editorial: true };
  if (isRecord(value.headline) && (value.headline.vi === TODO || value.headline.vi === '' || value.headline.vi === undefined)) {
    value.headline = { ...value.headline, vi: DRAFT_PLACEHOLDER.headline };
  }
  if (value.summary === undefined) value.summary = { en: '', vi: '' };
  return value;
}

/** Where a value was inferred rather than printed, `basis` says how, in both languages. */
const inferable = { inferred: z.boolean(), basis: bilingual.optional() };
function basisWhenInferred(value: { inferred: boolean; basis?: unknown }, context: z.RefinementCtx): void {
  if (value.inferred && !value.basis) context.addIssue({ code: 'custom', path: ['basis'], message: 'an inferred value needs a basis (en and vi)' });
}

const frontmatterObject = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens'),
    status: z.enum(['draft', 'published']),
    source: z.object({ seed: z.string().min(1), url: z.string().refine(isSafeAbsoluteUrl, SAFE_URL_MESSAGE).optional() }, guided('source')).strict(),
    headline: z.object({ vi: z.string(), en: z.string(), editorial: z.boolean() }, guided('headline')).strict(),
    outlet: z
      .object({ name: z.string().min(1), mark: z.string().optional(), ...inferable })
      .strict()
      .superRefine(basisWhenInferred)
      .optional(),
    published: z
      .object({ date: isoDate, time: z.string().regex(/^\d{2}:\d{2}$/, 'use HH:MM').optional(), ...inferable }, guided('published'))
      .strict()
      .superRefine(basisWhenInferred),
    byline: z.string().min(1).optional(),
    /** The date of the last full editorial review of translation, notes and annotations. */
    reviewed: isoDate.optional(),
    summary: z.object({ en: z.string(), vi: z.string() }, guided('summary')).strict(),
    /** Quality-check findings a person judged and accepted (lib/qa), each with the reason. */
    qa_waivers: z
      .array(z.object({ unit: z.string().regex(UNIT_ID, 'a unit id such as s7'), rule: z.enum(QA_RULES), reason: z.string().trim().min(10, 'say why, in a sentence') }).strict())
      .optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.status !== 'published') return;
    for (const path of [['headline', 'vi'], ['headline', 'en'], ['summary', 'en'], ['summary', 'vi']] as const) {
      const [group, key] = path;
      if (!value[group][key].trim()) context.addIssue({ code: 'custom', path: [...path], message: 'required once the article is published' });
      else if (value[group][key].trim().startsWith(TODO)) context.addIssue({ code: 'custom', path: [...path], message: 'still TODO: write it before publishing' });
    }
  });

export const frontmatterSchema = z.preprocess(expandShorthands, frontmatterObject);

export type Frontmatter = z.infer<typeof frontmatterSchema>;
