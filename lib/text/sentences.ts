// Vietnamese-aware sentence segmentation for ingest. Pure: text in, sentences out.

/** Tokens that end in a full stop without ending a sentence (compared case-insensitively, without the dot). */
const ABBREVIATIONS = new Set([
  'tp', 'tt', 'ts', 'ths', 'gs', 'pgs', 'bs', 'ks', 'th.s', 'pgs.ts', 'gs.ts', 'tp.hcm', 'q', 'p', 'đ', 'vd', 'v.v',
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'u.s', 'jr', 'sr', 'col', 'gen', 'lt', 'sgt', 'prof', 'th', 'tx', 'h',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const TERMINATORS = new Set(['.', '?', '!', '…']);

/** Top-level domains written in capitals after a dot ("Tuoitre.VN"): a name, not a sentence boundary. */
const DOMAIN_SUFFIX = /^(?:VN|COM|NET|ORG|GOV|EDU|INFO)(?![\p{L}\p{N}])/u;

/** A split the text did not mark with white space, listed in the ingest report so an editor can check it. */
export interface JoinedSplit {
  /** Offset in the paragraph where the second sentence starts. */
  at: number;
  before: string;
  after: string;
  rule: string;
}

function isUpperStart(ch: string | undefined): boolean {
  if (!ch) return false;
  if (/\p{Nd}/u.test(ch)) return true;
  return ch !== ch.toLocaleLowerCase('vi') && ch === ch.toLocaleUpperCase('vi');
}

function isUpperLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}

function precedingToken(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

function followingToken(text: string, start: number): string {
  let end = start;
  while (end < text.length && !/\s/u.test(text[end] ?? '')) end++;
  return text.slice(start, end);
}

function isAbbreviation(token: string): boolean {
  const bare = token.replace(/^[("“'‘[]+/u, '').toLocaleLowerCase('vi');
  if (ABBREVIATIONS.has(bare)) return true;
  // A single capital initial such as "J." in "J. Smith".
  return /^\p{Lu}$/u.test(token.replace(/^[("“'‘[]+/u, ''));
}

/**
 * A full stop with no space after it and a capital letter straight after ("Matxcơva.Thứ trưởng",
 * "9/2/2000.KCNA") ends a sentence when the scraper has lost the space between two sentences. It
 * does not when the dot sits inside a name or a number: capitals before the dot ("TP.HCM",
 * "PGS.TS", "U.S."), a single letter (initials "J.K.Rowling"), an abbreviation ("Th.S"), a capital
 * domain ("Tuoitre.VN"), a digit after the dot (decimals, dates "19.6.2024"), or a token that is a
 * URL or an e-mail address.
 */
function isJoinedBoundary(text: string, dot: number, next: number): boolean {
  if (text[dot] !== '.' || !isUpperLetter(text[next])) return false;
  const before = precedingToken(text, dot);
  const token = before + followingToken(text, dot);
  if (/@|:\/\/|^www\.|\.(?:vn|com|net|org)(?:\/|$)/iu.test(token)) return false;
  const word = /[\p{L}\p{N}]+$/u.exec(before.replace(/[”’"')\]»]+$/u, ''))?.[0] ?? '';
  if (!word) return /[”’"')\]»]$/u.test(before);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
  if (word === word.toLocaleUpperCase('vi') && /\p{L}/u.test(word)) return false;
  if (isAbbreviation(before)) return false;
  if (!/[\p{Ll}\p{Nd}]$/u.test(word)) return false;
  const after = text.slice(next);
  if (DOMAIN_SUFFIX.test(after)) return false;
  // "Th.S", "T.Ư": a lone capital followed by another dot is an abbreviation, not a sentence.
  if (/^\p{Lu}[.]/u.test(after)) return false;
  return true;
}

/**
 * Splits one paragraph into sentences. A boundary is a terminator (plus any closing quotes or
 * brackets) followed by white space and a capital, a digit or an opening quote. Abbreviations,
 * decimals ("6,83", "10.000") and dotted names ("TP.HCM", "VOV.VN") never end a sentence, and a
 * closing quote followed by a comma or a lower-case word ("…”, ông Putin nói.") stays attached.
 * A full stop glued to the next sentence's capital is split too (see isJoinedBoundary), and each
 * such split is returned so that the ingest report can list it.
 */
export function splitSentencesWithJoins(paragraph: string): { sentences: string[]; joins: JoinedSplit[] } {
  const text = paragraph.trim();
  const sentences: string[] = [];
  const joins: JoinedSplit[] = [];
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
    const joined =
      !hasSpace && next < text.length && [...text.slice(i + 1, end)].every((closer) => CLOSERS.has(closer)) && isJoinedBoundary(text, i, next);
    if (next >= text.length || (hasSpace && opensNext && !abbreviation) || joined) {
      const sentence = text.slice(start, end).trim();
      if (sentence) sentences.push(sentence);
      if (joined) {
        joins.push({ at: next, before: text.slice(Math.max(start, end - 24), end), after: text.slice(next, next + 24), rule: 'full stop followed directly by a capital' });
      }
      start = next;
    }
    i = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return { sentences, joins };
}

export function splitSentences(paragraph: string): string[] {
  return splitSentencesWithJoins(paragraph).sentences;
}
