import { z } from 'zod';

export const ENTITY_TYPES = ['person', 'place', 'organisation', 'media', 'treaty', 'term', 'event', 'idiom'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const bilingual = z.object({ en: z.string().trim().min(1), vi: z.string().trim().min(1) }).strict();

export const entitySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens'),
    type: z.enum(ENTITY_TYPES),
    quiet: z.boolean().default(false),
    name: bilingual,
    aliases: z.object({ en: z.array(z.string().min(1)).default([]), vi: z.array(z.string().min(1)).default([]) }).strict(),
    gloss: bilingual,
    explanation: bilingual,
    dates: z
      .array(z.object({ date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD'), en: z.string().min(1), vi: z.string().min(1) }).strict())
      .default([]),
    wikidata: z.string().regex(/^Q\d+$/, 'a Wikidata id such as Q7747').optional(),
    wikipedia: z.object({ en: z.url().optional(), vi: z.url().optional() }).strict().optional(),
  })
  .strict();

export type Entity = z.infer<typeof entitySchema>;
