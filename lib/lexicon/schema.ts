import { z } from 'zod';
import { syllablesOf } from './normalize';
import { PARTS_OF_SPEECH } from './parts-of-speech';

export { PARTS_OF_SPEECH, type PartOfSpeech } from './parts-of-speech';

/** Subject fields a vocabulary list puts first. */
export const FIELDS = ['diplomacy', 'law', 'military', 'politics'] as const;

const text = z.string().trim().min(1);

/** A sense is a gloss, or a gloss with the neighbouring words that select it in a sentence. */
const senseSchema = z.union([text, z.strictObject({ en: text, when: z.array(text).min(1) })]);

const morphemeSchema = z.strictObject({ syllable: text, han: text, gloss: text });

export const lexiconEntrySchema = z
  .strictObject({
    word: text.refine((word) => word === word.normalize('NFC'), 'must be in Unicode NFC'),
    pos: z.enum(PARTS_OF_SPEECH),
    senses: z.array(senseSchema).min(1),
    han: text.optional(),
    morphemes: z.array(morphemeSchema).optional(),
    note: text.optional(),
    field: z.enum(FIELDS).optional(),
  })
  .superRefine((entry, context) => {
    const syllables = syllablesOf(entry.word);
    if (syllables.join(' ') !== entry.word) {
      context.addIssue({ code: 'custom', path: ['word'], message: 'must be syllables separated by single spaces' });
    }
    if (entry.han === undefined) {
      if (entry.morphemes) context.addIssue({ code: 'custom', path: ['morphemes'], message: 'needs han (the Hán-Việt characters)' });
      return;
    }
    const characters = Array.from(entry.han);
    if (characters.length !== syllables.length) {
      context.addIssue({ code: 'custom', path: ['han'], message: `needs one character per syllable (${syllables.length})` });
    }
    const morphemes = entry.morphemes ?? [];
    const matches = morphemes.length === syllables.length && morphemes.every((part, index) => part.syllable === syllables[index] && part.han === characters[index]);
    if (!matches) context.addIssue({ code: 'custom', path: ['morphemes'], message: 'must give each syllable of the word, in order, with its character from han' });
  });

export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export type Sense = LexiconEntry['senses'][number];

export const lexiconFileSchema = z.array(lexiconEntrySchema);

/** Where longest match splits a stretch of one sentence wrongly, the right words for it. */
export const segmentationOverrideSchema = z.strictObject({
  article: text,
  unit: text,
  words: z.array(text).min(1),
  reason: text.optional(),
});
export const segmentationOverridesSchema = z.array(segmentationOverrideSchema);
export type SegmentationOverride = z.infer<typeof segmentationOverrideSchema>;
