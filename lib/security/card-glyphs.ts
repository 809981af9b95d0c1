// Which characters the preview cards can draw. The cards are drawn at build time
// (lib/share/card-render.ts) with the Literata subsets of lib/share/card-fonts.ts; a character none
// of them has would be drawn from whatever fonts the build machine has, or as an empty box (issue
// 19: one emoji in a sentence did; the earlier renderer even fetched a font from the internet). So
// check:content refuses such characters, reading the fonts' own character maps (the cmap table of
// each WOFF file), not a list kept by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** The subsets lib/share/card-fonts.ts registers for the cards (regular and bold share a character map). */
const CARD_FONT_FILES = ['latin', 'latin-ext', 'vietnamese'].map((subset) => join('@fontsource', 'literata', 'files', `literata-${subset}-400-normal.woff`));

function woffTable(woff: Buffer, tag: string): Buffer | null {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return null;
  const tables = woff.readUInt16BE(12);
  for (let index = 0; index < tables; index++) {
    const entry = 44 + index * 20;
    if (woff.toString('latin1', entry, entry + 4) !== tag) continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const original = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + compressed);
    return compressed < original ? inflateSync(data) : data;
  }
  return null;
}

/** Adds every code point the cmap maps to a glyph (formats 4 and 12, the ones fonts carry). */
export function addCmapCodePoints(cmap: Buffer, into: Set<number>): void {
  const count = cmap.readUInt16BE(2);
  for (let index = 0; index < count; index++) {
    const platform = cmap.readUInt16BE(4 + index * 8);
    const encoding = cmap.readUInt16BE(6 + index * 8);
    if (!(platform === 3 && (encoding === 1 || encoding === 10)) && platform !== 0) continue;
    const at = cmap.readUInt32BE(8 + index * 8);
    const format = cmap.readUInt16BE(at);
    if (format === 12) {
      const groups = cmap.readUInt32BE(at + 12);
      for (let group = 0; group < groups; group++) {
        const start = cmap.readUInt32BE(at + 16 + group * 12);
        const end = cmap.readUInt32BE(at + 20 + group * 12);
        for (let code = start; code <= end; code++) into.add(code);
      }
    } else if (format === 4) {
      const segments = cmap.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let segment = 0; segment < segments; segment++) {
        const end = cmap.readUInt16BE(ends + segment * 2);
        const start = cmap.readUInt16BE(starts + segment * 2);
        const delta = cmap.readInt16BE(deltas + segment * 2);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + segment * 2);
        for (let code = start; code <= end && code !== 0xffff; code++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
          else {
            const glyphAt = rangeOffsets + segment * 2 + rangeOffset + (code - start) * 2;
            const raw = glyphAt + 2 <= cmap.length ? cmap.readUInt16BE(glyphAt) : 0;
            glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          if (glyph !== 0) into.add(code);
        }
      }
    }
  }
}

let drawable: Set<number> | undefined;

/** Code points the card fonts draw; whitespace the layout handles itself counts as drawable. */
export function cardCodePoints(modules = join(process.cwd(), 'node_modules')): Set<number> {
  if (drawable) return drawable;
  const points = new Set<number>([0x09, 0x0a, 0x0d, 0x20]);
  for (const file of CARD_FONT_FILES) {
    const cmap = woffTable(readFileSync(join(modules, file)), 'cmap');
    if (cmap) addCmapCodePoints(cmap, points);
  }
  drawable = points;
  return points;
}

/** The characters of `text` no card font can draw, each once, in order of appearance. */
export function undrawableCharacters(text: string, points = cardCodePoints()): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code !== undefined && !points.has(code)) missing.add(char);
  }
  return [...missing];
}
