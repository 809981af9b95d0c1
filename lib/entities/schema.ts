import { z } from 'zod';
import { isSafeAbsoluteUrl, SAFE_URL_MESSAGE } from '../security/url-policy';

import { ENTITY_TYPES } from './entity-types';

export { ENTITY_TYPES, type EntityType } from './entity-types';

/** The shared URL rule (lib/security/url-policy.ts): absolute http(s) only, never javascript: or data:. */
const safeUrl = z.string().refine(isSafeAbsoluteUrl, SAFE_URL_MESSAGE);

const bilingual = z.object({ en: z.string().trim().min(1), vi: z.string().trim().min(1) }).strict();

/**
 * Words or phrases next to a mention, compared ignoring case. A positive context may be joined to the
 * alias by spaces, a hyphen or a dash (“Nga-Triều”); a stop context by spaces only (“Mỹ Tho”).
 */
const contextWords = z.array(z.string().trim().min(1)).min(1);

/**
 * When one alias may link automatically, as data rather than code. An alias with no rule links
 * wherever it occurs as a whole word. The positive rules restrict it: with `preceded_by` and/or
 * `followed_by`, it links only where the word(s) right before or right after are one of those listed
 * (either rule satisfied is enough: “Triều” links only in “Nga-Triều”, “Nga - Triều”, “Trung – Triều”).
 * The negative rules are stop contexts: it never links right before or after one of those listed
 * (“Mỹ” not in “Mỹ Tho”, “Mỹ thuật”; “Nga” not in “chị Nga”, “Hằng Nga”). A generic form that needs
 * the article's context to be read (“ông Kim”, “Hiến pháp”) is no alias at all: mark it explicitly
 * with `:entity[…]{#id}`.
 */
export const aliasRuleSchema = z
  .object({
    preceded_by: contextWords.optional(),
    followed_by: contextWords.optional(),
    not_preceded_by: contextWords.optional(),
    not_followed_by: contextWords.optional(),
  })
  .strict();
export type AliasRule = z.infer<typeof aliasRuleSchema>;

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
    wikipedia: z.object({ en: safeUrl.optional(), vi: safeUrl.optional() }).strict().optional(),
    /** Context rules per language, keyed by the alias (or name) they govern; see aliasRuleSchema. */
    alias_rules: z
      .object({ en: z.record(z.string(), aliasRuleSchema).optional(), vi: z.record(z.string(), aliasRuleSchema).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((entity, context) => {
    // A rule for a text the entity does not list would silently govern nothing.
    for (const lang of ['vi', 'en'] as const) {
      const texts = new Set([entity.name[lang], ...entity.aliases[lang]]);
      for (const key of Object.keys(entity.alias_rules?.[lang] ?? {})) {
        if (!texts.has(key)) context.addIssue({ code: 'custom', path: ['alias_rules', lang, key], message: `"${key}" is not a ${lang} alias or name of this entity` });
      }
    }
  });

export type Entity = z.infer<typeof entitySchema>;
