import type { Sense } from './schema';

/** A sense's gloss, with or without the cue words that select it. (No schema here: client code uses it.) */
export function senseText(sense: Sense): string {
  return typeof sense === 'string' ? sense : sense.en;
}
