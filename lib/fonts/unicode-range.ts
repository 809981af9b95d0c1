// CSS unicode-range values, read and written: which code points a font file covers, and the
// shortest range list for a set of characters. Pure (tests/unit/unicode-range.test.ts).

/** The code points a `unicode-range` value names: `U+3401,U+3d18-3d19,U+4e??`. */
export function parseUnicodeRange(value: string): (codePoint: number) => boolean {
  const spans = value.split(',').map((part) => {
    const range = part.trim().replace(/^U\+/i, '');
    const [from = '', to] = range.split('-');
    if (to !== undefined) return [parseInt(from, 16), parseInt(to, 16)] as const;
    // A wildcard (U+4??) covers every digit in its place.
    return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'f'), 16)] as const;
  });
  return (codePoint) => spans.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** `unicode-range` for a set of characters: sorted, runs of consecutive code points joined. */
export function formatUnicodeRange(characters: Iterable<string>): string {
  const points = [...new Set(Array.from(characters, (character) => character.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < points.length; ) {
    const from = points[index] ?? 0;
    let to = from;
    while (points[index + 1] === to + 1) {
      to += 1;
      index += 1;
    }
    index += 1;
    parts.push(from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`);
  }
  return parts.join(',');
}

/** CJK ideographs: what the Hán-Việt fields of the lexicon are written in. */
export function isHan(character: string): boolean {
  const point = character.codePointAt(0) ?? 0;
  return (point >= 0x3400 && point <= 0x9fff) || (point >= 0xf900 && point <= 0xfaff) || (point >= 0x20000 && point <= 0x3134f);
}
