// Finds entity mentions in text by alias: leftmost-longest match, whole words only (Vietnamese-aware:
// a letter with its marks is one word character), NFC. Pure: aliases in, matches out.
//
// How tolerant it is, and where it stops (documented for editors in content/entities/README.md):
// - Separators: between two words of an alias, a space, a hyphen or a dash (with or without spaces)
//   are the same thing, so “Kim Jong-un” finds “Kim Jong Un” and “Nga-Triều” finds “Nga - Triều”.
// - Tone-mark placement: “hòa”/“hoà”, “thủy”/“thuỷ”, “khỏe”/“khoẻ” are the same syllable.
// - Case: a word the alias writes in lower case matches in any case (“đối tác chiến lược toàn diện”
//   finds “Đối tác Chiến lược Toàn diện” and a heading in capitals). A capitalised word needs its
//   capital, the rest of it in any case (“Putin” finds “PUTIN”, never “putin”), except that an alias
//   with two or more capitalised words is a multi-syllable proper name and matches in any case
//   (“Choe Son Hui” finds “Choe Son-hui”). A word in capitals (an acronym: “TASS”, “KCNA”) matches
//   exactly, and a one-word acronym does not link inside a run of capitals (“CẤP CAO” is no “CAO”).
// - Context: an alias may carry rules (preceded_by, followed_by and their negations; see
//   lib/entities/schema.ts) that decide from the neighbouring words whether it links.
import type { AliasRule } from './schema';

export interface Alias {
  text: string;
  entityId: string;
  rule?: AliasRule;
}

export interface Match {
  start: number;
  end: number;
  entityId: string;
  text: string;
}

export interface Matcher {
  /**
   * The mentions in `text`. With `range`, only mentions inside [range.start, range.end) are returned,
   * but the words around the range still count as context (a sentence read piece by piece).
   */
  find(text: string, range?: { start: number; end: number }): Match[];
}

const LETTER = String.raw`[\p{L}\p{M}\p{N}]`;
const NOT_BEFORE = String.raw`(?<!${LETTER})`;
const NOT_AFTER = String.raw`(?!${LETTER})`;
/** Between two words: spaces, or a hyphen or dash with or without spaces. */
const SEPARATOR = String.raw`(?:\s*[-‐‑–—]\s*|\s+)`;
const DASH_OR_SPACE = /^(?:\s*[-‐‑–—]\s*|\s+)$/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Moves a tone mark written on the first vowel of a final “oa”, “oe” or “uy” onto the second
 * (“hòa” → “hoà”), the placement the site compares in. Each letter stays one code unit in NFC, so
 * offsets into the result are offsets into the input; if that ever failed, the input is kept.
 */
export function canonicalTone(text: string): string {
  const nfc = text.normalize('NFC');
  const moved = nfc
    .normalize('NFD')
    .replace(/([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![\p{L}\p{M}])/gu, (whole: string, first: string, tone: string, second: string) => {
      // “uy” only; “ua”/“ue” keep the mark where it is (“của”, “thuê”), as do “oy” and the like.
      const pair = `${first}${second}`.toLowerCase();
      return pair === 'oa' || pair === 'oe' || pair === 'uy' ? `${first}${second}${tone}` : whole;
    })
    .normalize('NFC');
  return moved.length === nfc.length ? moved : nfc;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** One character matching itself in either case. */
function anyCase(character: string): string {
  const lower = character.toLocaleLowerCase('vi');
  const upper = character.toLocaleUpperCase('vi');
  if (lower === upper || lower.length !== 1 || upper.length !== 1) return escape(character);
  return `[${lower}${upper}]`;
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLocaleLowerCase('vi');
}

function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi');
}

type WordCase = 'any' | 'capital' | 'exact';

/** `folded`: the regex ignores case as a whole (flag i), so a word of any case is written as is. */
function wordPattern(word: string, wordCase: WordCase, folded: boolean): string {
  const characters = [...word];
  if (wordCase === 'exact' || folded) return characters.map(escape).join('');
  if (wordCase === 'capital') {
    const [first = '', ...rest] = characters;
    return escape(first) + rest.map(anyCase).join('');
  }
  return characters.map(anyCase).join('');
}

/**
 * The alias as a pattern: its words with their case rule, the text between them either a flexible
 * separator (spaces, hyphens, dashes) or its literal punctuation (“’”, “.”, parentheses).
 */
function wordCases(text: string, caseless: boolean): WordCase[] {
  const words = [...text.matchAll(WORD)].map((match) => match[0]);
  const proper = !caseless && words.filter(isCapitalised).length >= 2;
  return words.map((word) => (caseless ? 'any' : isAcronym(word) ? 'exact' : isCapitalised(word) && !proper ? 'capital' : 'any'));
}

function aliasPattern(alias: string, caseless: boolean, folded: boolean): string {
  const text = canonicalTone(alias);
  const cases = wordCases(text, caseless);
  let pattern = '';
  let index = 0;
  let position = 0;
  for (const match of text.matchAll(WORD)) {
    const between = text.slice(position, match.index);
    pattern += position > 0 && DASH_OR_SPACE.test(between) ? SEPARATOR : [...between].map(escape).join('').replace(/\\?[’']/gu, "['’]");
    const word = match[0];
    pattern += wordPattern(word, cases[index] ?? 'any', folded);
    index += 1;
    position = match.index + word.length;
  }
  pattern += [...text.slice(position)].map(escape).join('').replace(/\\?[’']/gu, "['’]");
  return pattern;
}

/** Context words are compared ignoring case; several are a phrase with flexible separators. */
function contextPattern(words: readonly string[], folded: boolean): string {
  return `(?:${words.map((phrase) => aliasPattern(phrase.trim(), true, folded)).join('|')})`;
}

interface Compiled {
  entityId: string;
  /** Sticky: tried only where a word equal to its first word starts. */
  regex: RegExp;
  /** The alias's first word, or its first character if that is punctuation, lower-cased: its bucket. */
  first: string;
  /** A match must then not run on into a letter. */
  endsWithLetter: boolean;
}

function compile(alias: Alias): Compiled | undefined {
  const text = alias.text.normalize('NFC').trim();
  if (!text) return undefined;
  const rule = alias.rule ?? {};
  const endsWithLetter = /[\p{L}\p{M}\p{N}]$/u.test(text);
  // An alias whose every word may match in any case is one case-insensitive regex: far cheaper for
  // V8 to compile and run than a character class per letter.
  const folded = wordCases(canonicalTone(text), false).every((wordCase) => wordCase === 'any');
  // Word boundaries are checked outside the regex (find tries word starts only, and checks the
  // character after a match): a letter class such as \p{L} under the i flag is slow to compile.
  const body = aliasPattern(text, false, folded);

  const guards: string[] = [];
  // Stop contexts are the words of one name (“Mỹ Tho”, “Hằng Nga”): joined by spaces only, so that
  // a pair of countries written with a dash (“Trung - Mỹ”) still links.
  if (rule.not_preceded_by) guards.push(String.raw`(?<!${NOT_BEFORE}${contextPattern(rule.not_preceded_by, folded)}\s+)`);
  if (rule.not_followed_by) guards.push(String.raw`(?!\s+${contextPattern(rule.not_followed_by, folded)}${NOT_AFTER})`);
  const words = [...text.matchAll(WORD)].map((match) => match[0]);
  const [only] = words;
  if (words.length === 1 && only !== undefined && isAcronym(only)) {
    // A one-word acronym inside a run of capitals is a heading's ordinary word (“LÃNH ĐẠO CẤP CAO”).
    guards.push(String.raw`(?<!${NOT_BEFORE}\p{Lu}[\p{Lu}\p{M}]+\s+)`);
    guards.push(String.raw`(?!\s+\p{Lu}[\p{Lu}\p{M}]+${NOT_AFTER})`);
  }
  const positive: string[] = [];
  if (rule.preceded_by) positive.push(`(?<=${NOT_BEFORE}${contextPattern(rule.preceded_by, folded)}${SEPARATOR})`);
  if (rule.followed_by) positive.push(`(?=${SEPARATOR}${contextPattern(rule.followed_by, folded)}${NOT_AFTER})`);

  // Guards sit at both ends of the mention: lookbehinds before it, lookaheads after it.
  const before = guards.filter((guard) => guard.startsWith('(?<')).join('');
  const after = guards.filter((guard) => !guard.startsWith('(?<')).join('');
  const precededOnly = positive.filter((guard) => guard.startsWith('(?<'));
  const followedOnly = positive.filter((guard) => !guard.startsWith('(?<'));
  let source: string;
  if (precededOnly.length && followedOnly.length) source = `(?:${precededOnly.join('')}${before}${body}${after}|${before}${body}${after}${followedOnly.join('')})`;
  else source = `${precededOnly.join('')}${before}${body}${after}${followedOnly.join('')}`;
  return { entityId: alias.entityId, regex: new RegExp(source, folded ? 'iuy' : 'uy'), first: bucketKey(canonicalTone(text), 0), endsWithLetter };
}

const WORD_AT = /[\p{L}\p{M}\p{N}]+/uy;

/** The word starting at `index` (or the single character there, if it is no letter), lower-cased. */
function bucketKey(text: string, index: number): string {
  WORD_AT.lastIndex = index;
  const word = WORD_AT.exec(text);
  return (word ? word[0] : text.charAt(index)).toLocaleLowerCase('vi');
}

export function createMatcher(aliases: readonly Alias[]): Matcher {
  // Aliases are bucketed by first word, so that each word of a text is tried only against the few
  // aliases that can start with it (a scan of every alias over every sentence is a hundred times slower).
  const buckets = new Map<string, Compiled[]>();
  const seen = new Set<string>();
  for (const alias of aliases) {
    const key = `${alias.entityId}\u0000${alias.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = compile(alias);
    if (!entry) continue;
    buckets.set(entry.first, [...(buckets.get(entry.first) ?? []), entry]);
  }
  return {
    find(input: string, range?: { start: number; end: number }): Match[] {
      const original = input.normalize('NFC');
      const text = canonicalTone(original);
      const from = Math.max(0, range?.start ?? 0);
      const to = Math.min(text.length, range?.end ?? text.length);
      const matches: Match[] = [];
      let position = from;
      while (position < to) {
        const inWord = position > 0 && WORD_CHARACTER.test(text.charAt(position - 1)) && WORD_CHARACTER.test(text.charAt(position));
        const bucket = inWord ? undefined : buckets.get(bucketKey(text, position));
        // Leftmost-longest, without overlaps: the longest alias wins where several start at one place.
        let best: { end: number; entityId: string } | undefined;
        for (const { entityId, regex, endsWithLetter } of bucket ?? []) {
          regex.lastIndex = position;
          const found = regex.exec(text);
          const end = found ? position + found[0].length : position;
          if (end <= position || end > to || (best && end <= best.end)) continue;
          if (endsWithLetter && WORD_CHARACTER.test(text.charAt(end))) continue;
          best = { end, entityId };
        }
        if (best) {
          matches.push({ start: position, end: best.end, entityId: best.entityId, text: original.slice(position, best.end) });
          position = best.end;
        } else position += 1;
      }
      return matches;
    },
  };
}
