/** A saved word is one word in one sentence: the same word saved from another sentence is another entry. */
export interface Occurrence {
  word: string;
  article: string;
  unit: string;
}

export function sameOccurrence(a: Occurrence, b: Occurrence): boolean {
  return a.word === b.word && a.article === b.article && a.unit === b.unit;
}
