import { z } from 'zod';

const bilingual = z.object({ en: z.string().trim().min(1), vi: z.string().trim().min(1) }).strict();

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
    return date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
  }, 'not a real calendar date');

/** Where a value was inferred rather than printed, `basis` says how, in both languages. */
const inferable = { inferred: z.boolean(), basis: bilingual.optional() };
function basisWhenInferred(value: { inferred: boolean; basis?: unknown }, context: z.RefinementCtx): void {
  if (value.inferred && !value.basis) context.addIssue({ code: 'custom', path: ['basis'], message: 'an inferred value needs a basis (en and vi)' });
}

export const frontmatterSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens'),
    status: z.enum(['draft', 'published']),
    source: z.object({ seed: z.string().min(1), url: z.url().optional() }).strict(),
    headline: z.object({ vi: z.string(), en: z.string(), editorial: z.boolean() }).strict(),
    outlet: z
      .object({ name: z.string().min(1), mark: z.string().optional(), ...inferable })
      .strict()
      .superRefine(basisWhenInferred)
      .optional(),
    published: z
      .object({ date: isoDate, time: z.string().regex(/^\d{2}:\d{2}$/, 'use HH:MM').optional(), ...inferable })
      .strict()
      .superRefine(basisWhenInferred),
    byline: z.string().min(1).optional(),
    summary: z.object({ en: z.string(), vi: z.string() }).strict(),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.status !== 'published') return;
    for (const path of [['headline', 'vi'], ['headline', 'en'], ['summary', 'en'], ['summary', 'vi']] as const) {
      const [group, key] = path;
      if (!value[group][key].trim()) context.addIssue({ code: 'custom', path: [...path], message: 'required once the article is published' });
    }
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
