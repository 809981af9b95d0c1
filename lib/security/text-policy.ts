// Characters content may not contain, wherever they are (sentences, frontmatter, YAML): they are
// invisible or control characters, so an editor cannot see them, yet they change what the site does
// — a zero-width space inside a name stops entity linking without a word, a bidi override reorders
// what readers see (CVE-2021-42574, "Trojan Source"), ESC reached the HTML raw, NUL and U+FFFD
// mean the text was damaged on its way in. One list, used by every checker.

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x1b: 'ESC (escape)',
  0x7f: 'DEL',
  0xad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK (bidi)',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK (bidi)',
  0x200f: 'RIGHT-TO-LEFT MARK (bidi)',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING (bidi)',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING (bidi)',
  0x202c: 'POP DIRECTIONAL FORMATTING (bidi)',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE (bidi)',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE (bidi)',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE (bidi)',
  0x2067: 'RIGHT-TO-LEFT ISOLATE (bidi)',
  0x2068: 'FIRST STRONG ISOLATE (bidi)',
  0x2069: 'POP DIRECTIONAL ISOLATE (bidi)',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  0xfffd: 'REPLACEMENT CHARACTER (the text was damaged by a wrong decoding)',
};

/** C0 controls but TAB, LF and CR; DEL and the C1 controls; the invisible and bidi characters named above; noncharacters. */
const FORBIDDEN_CLASS = String.raw`[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffd\ufffe\uffff]`;
const FORBIDDEN = new RegExp(FORBIDDEN_CLASS, 'u');
const SCAN = new RegExp(`\\n|${FORBIDDEN_CLASS}`, 'gu');

export function characterName(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'control character' : 'invisible character');
  return `${hex} ${name}`;
}

export interface CharacterProblem {
  line: number;
  column: number;
  char: string;
}

/** Every forbidden character of `text`, with its 1-based line and column. */
export function forbiddenCharacters(text: string): CharacterProblem[] {
  const problems: CharacterProblem[] = [];
  let line = 1;
  let lineStart = 0;
  for (const match of text.matchAll(SCAN)) {
    const at = match.index ?? 0;
    if (match[0] === '\n') {
      line += 1;
      lineStart = at + 1;
      continue;
    }
    problems.push({ line, column: at - lineStart + 1, char: match[0] });
  }
  return problems;
}

/** True when `text` has none of the forbidden characters (for checks without line numbers). */
export function isCleanText(text: string): boolean {
  return !FORBIDDEN.test(text);
}
