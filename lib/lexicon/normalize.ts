import { SYLLABLE } from '../text/syllables';

// Lookups ignore case and where the tone mark sits ("hòa"/"hoà", "thủy"/"thuỷ"): a syllable's key is
// its letters without the tone mark, plus the tone as a digit.
const TONE_MARKS: Record<string, string> = { '\u0300': '2', '\u0301': '1', '\u0303': '3', '\u0309': '4', '\u0323': '5' };
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;

export function syllableKey(syllable: string): string {
  const decomposed = syllable.normalize('NFD').toLocaleLowerCase('vi');
  const tones = decomposed.match(TONE) ?? [];
  const tone = tones.map((mark) => TONE_MARKS[mark] ?? '').join('');
  return decomposed.replace(TONE, '').normalize('NFC') + tone;
}

export { SYLLABLE };

export function syllablesOf(text: string): string[] {
  return text.normalize('NFC').match(SYLLABLE) ?? [];
}

export function wordKey(word: string): string {
  return syllablesOf(word).map(syllableKey).join(' ');
}
