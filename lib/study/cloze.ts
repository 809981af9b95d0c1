// The cloze card: the sentence with the word blanked, and checking what the learner typed. Tone
// marks are forgiven (a learner on a keyboard without Vietnamese input types "doi tac"), and the
// exact form is always shown with the answer. Pure.
import { foldVietnamese } from '@/lib/text/fold';

/** The sentence around the word's first occurrence (ignoring case), or null if the sentence lacks it. */
export function blankWord(sentence: string, word: string): { before: string; answer: string; after: string } | null {
  const at = sentence.toLocaleLowerCase('vi').indexOf(word.toLocaleLowerCase('vi'));
  if (at < 0 || !word) return null;
  return { before: sentence.slice(0, at), answer: sentence.slice(at, at + word.length), after: sentence.slice(at + word.length) };
}

function normalise(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').trim().replace(/\s+/g, ' ');
}

/** `exact`: as written (case and spacing aside); `tones`: right but for tone or vowel marks; else `wrong`. */
export type ClozeResult = 'exact' | 'tones' | 'wrong';

export function checkCloze(typed: string, word: string): ClozeResult {
  const given = normalise(typed);
  const wanted = normalise(word);
  if (given === wanted) return 'exact';
  if (given && foldVietnamese(given) === foldVietnamese(wanted)) return 'tones';
  return 'wrong';
}
