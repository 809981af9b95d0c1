// The analysis part of the model (lib/article/model.ts) as a zod schema, for what is read back from
// the build cache (lib/article/analysis-cache.ts): a cached entry is checked, never cast.
import { z } from 'zod';
import type { Block, Cell } from './model';
import { BLOCK_KINDS } from './structure';

const offsets = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const cellSchema = z.object({
  text: z.string(),
  mentions: z.array(z.object({ ...offsets, entity: z.string(), explicit: z.boolean() })),
  words: z.array(z.object({ ...offsets, entry: z.string().nullable(), sense: z.number().int().nonnegative() })),
}) satisfies z.ZodType<Cell>;

export const blockSchema = z.object({
  id: z.string(),
  kind: z.enum(BLOCK_KINDS),
  line: z.number().int(),
  units: z.array(
    z.object({
      id: z.string(),
      ordinal: z.number().int().positive(),
      block: z.string(),
      line: z.number().int(),
      vi: cellSchema,
      en: cellSchema.nullable(),
    }),
  ),
}) satisfies z.ZodType<Block>;

/** What one analysis adds to the read article: its headline's cell and its analysed blocks. */
export const analysisSchema = z.object({ headline: z.object({ vi: cellSchema }), blocks: z.array(blockSchema) });
export type Analysis = z.infer<typeof analysisSchema>;
