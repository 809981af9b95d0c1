// The parts of speech, without the schema: browser code (the workbench's word form) lists them
// without loading zod.
export const PARTS_OF_SPEECH = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'pronoun',
  'preposition',
  'conjunction',
  'classifier',
  'numeral',
  'particle',
  'determiner',
  'interjection',
  'idiom',
  'phrase',
  'prefix',
  'suffix',
] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];
