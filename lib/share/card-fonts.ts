// Fonts for the generated preview cards. Satori reads WOFF (not WOFF2) and does not combine subsets
// that share a family name, so each Literata subset is registered as a family of its own and the
// card lists them all: Vietnamese letters then come from the Vietnamese subset.
import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES = join(process.cwd(), 'node_modules', '@fontsource', 'literata', 'files');
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
const WEIGHTS = [400, 700] as const;

export const CARD_FONT_FAMILY = SUBSETS.map((subset) => `"Literata ${subset}"`).join(', ');

export interface CardFont {
  name: string;
  data: ArrayBuffer;
  weight: (typeof WEIGHTS)[number];
  style: 'normal';
}

const FONT_FILES = SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => ({ subset, weight, path: join(FILES, `literata-${subset}-${weight}-normal.woff`) })));

/** The font files a card is drawn with (their bytes are part of the card cache's key). */
export const cardFontFiles = () => FONT_FILES.map((font) => font.path);

let fonts: CardFont[] | undefined;

export function cardFonts(): CardFont[] {
  fonts ??= FONT_FILES.map(({ subset, weight, path }) => {
    const file = readFileSync(path);
    const data = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    return { name: `Literata ${subset}`, data, weight, style: 'normal' as const };
  });
  return fonts;
}
