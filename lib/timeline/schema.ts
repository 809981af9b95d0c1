import { z } from 'zod';

const bilingual = z.object({ en: z.string().trim().min(1), vi: z.string().trim().min(1) }).strict();

export const timelineEventSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens'),
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'use YYYY-MM-DD, or YYYY-MM when only the month is known'),
    title: bilingual,
    summary: bilingual,
    entities: z.array(z.string()).default([]),
    reports: z.array(z.string().regex(/^[a-z0-9-]+#s\d+$/, 'article-slug#unit-id')).min(1, 'name at least one sentence that reports it'),
  })
  .strict();

export const timelineSchema = z.array(timelineEventSchema);
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
