// The syllable rule, shared by the server's word segmentation and the browser's word cards so that
// both split a sentence the same way. Import-free: client islands use it as it is.

/** Syllables as written: runs of letters (and combining marks), so punctuation and digits separate them. */
export const SYLLABLE = /[\p{L}\p{M}]+/gu;

/**
 * Whether two syllables with this text between them may belong to one word: only horizontal spaces
 * may separate the syllables of a word; punctuation, digits, a line break or a name (the caller
 * passes a non-space placeholder for an element it skipped) end the run.
 */
export function joinsRun(gap: string): boolean {
  return /^[^\S\n]+$/.test(gap);
}
