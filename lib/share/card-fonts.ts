// Fonts for the generated preview cards: the Literata subsets from @fontsource, each registered as a
// family of its own ("Literata vietnamese", …) and listed together, so that a letter missing from
// one subset comes from the next (Vietnamese letters from the Vietnamese subset).
import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES = join(process.cwd(), 'node_modules', '@fontsource', 'literata', 'files');
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;
const WEIGHTS = [400, 700] as const;

export const CARD_FONT_FAMILY = SUBSETS.map((subset) => `"Literata ${subset}"`).join(', ');

export interface CardFont {
  name: string;
  path: string;
  data: Uint8Array;
  weight: (typeof WEIGHTS)[number];
}

const FONT_FILES = SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => ({ name: `Literata ${subset}`, weight, path: join(FILES, `literata-${subset}-${weight}-normal.woff`) })));

let fonts: CardFont[] | undefined;

/** The font files a card is drawn with (their bytes are part of the card cache's key). */
export function cardFonts(): CardFont[] {
  fonts ??= FONT_FILES.map((font) => ({ ...font, data: readFileSync(font.path) }));
  return fonts;
}
