// Vietnamese-aware sentence segmentation for ingest. Pure: text in, sentences out.

/** Tokens that end in a full stop without ending a sentence (compared case-insensitively, without the dot). */
const ABBREVIATIONS = new Set([
  'tp', 'tt', 'ts', 'ths', 'gs', 'pgs', 'bs', 'ks', 'th.s', 'pgs.ts', 'gs.ts', 'tp.hcm', 'q', 'p', 'đ', 'vd', 'v.v',
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'u.s', 'jr', 'sr', 'col', 'gen', 'lt', 'sgt', 'prof',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const TERMINATORS = new Set(['.', '?', '!', '…']);

function isUpperStart(ch: string | undefined): boolean {
  if (!ch) return false;
  if (/\p{Nd}/u.test(ch)) return true;
  return ch !== ch.toLocaleLowerCase('vi') && ch === ch.toLocaleUpperCase('vi');
}

function precedingToken(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

function isAbbreviation(token: string): boolean {
  const bare = token.replace(/^[("“'‘[]+/u, '').toLocaleLowerCase('vi');
  if (ABBREVIATIONS.has(bare)) return true;
  // A single capital initial such as "J." in "J. Smith".
  return /^\p{Lu}$/u.test(token.replace(/^[("“'‘[]+/u, ''));
}

/**
 * Splits one paragraph into sentences. A boundary is a terminator (plus any closing quotes or
 * brackets) followed by white space and a capital, a digit or an opening quote. Abbreviations,
 * decimals ("6,83", "10.000") and dotted names ("TP.HCM", "VOV.VN") never end a sentence, and a
 * closing quote followed by a comma or a lower-case word ("…”, ông Putin nói.") stays attached.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  const sentences: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end] ?? '') || CLOSERS.has(text[end] ?? ''))) end++;
    let next = end;
    while (next < text.length && /\s/u.test(text[next] ?? '')) next++;
    const hasSpace = next > end;
    const following = text[next];
    const opensNext = following !== undefined && (isUpperStart(following) || OPENERS.has(following));
    const abbreviation = ch === '.' && isAbbreviation(precedingToken(text, i));
    if (next >= text.length || (hasSpace && opensNext && !abbreviation)) {
      const sentence = text.slice(start, end).trim();
      if (sentence) sentences.push(sentence);
      start = next;
    }
    i = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
