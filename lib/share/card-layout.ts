// The 1200×630 preview card as data: where each line of text goes, in which size, weight and colour.
// Pure — the text is measured through the `measure` function it is given — so the layout is
// unit-tested without a font engine, and lib/share/card-render.ts only paints what it returns.
// The design is the one the cards had when Satori laid them out from flexbox: a 24 px accent bar on
// the left, 56/72 px padding, the kicker at the top, the footer at the bottom and the sentence in
// both languages centred between them (justify-content: space-between).
import type { ShareCardText } from './card-text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export const CARD_COLOURS = { background: '#fbfaf7', accent: '#8a2b0e', vietnamese: '#1d1c1a', english: '#2f3a4a', footer: '#5a564f' } as const;

const ACCENT_BAR = 24;
const PADDING = { vertical: 56, horizontal: 72 } as const;
const GAP_BETWEEN_LANGUAGES = 28;
const TEXT_LEFT = ACCENT_BAR + PADDING.horizontal;
const TEXT_WIDTH = CARD_WIDTH - TEXT_LEFT - PADDING.horizontal;

export interface CardFontStyle {
  size: number;
  weight: 400 | 700;
}

/** A font's vertical extent at a size, as the font's own ascent and descent give it ("normal" line height). */
export interface FontExtent {
  ascent: number;
  descent: number;
}

export interface TextMeasure {
  width(text: string, font: CardFontStyle): number;
  extent(font: CardFontStyle): FontExtent;
}

export interface CardLine {
  text: string;
  x: number;
  /** The alphabetic baseline. */
  baseline: number;
  font: CardFontStyle;
  colour: string;
}

export interface CardLayout {
  width: number;
  height: number;
  background: string;
  bar: { width: number; colour: string };
  lines: CardLine[];
}

/** Long sentences get a smaller size so that both languages fit on the card. */
export function sentenceSizes(vietnamese: string, english: string): { vi: number; en: number } {
  const length = vietnamese.length + english.length;
  if (length < 140) return { vi: 60, en: 40 };
  if (length < 260) return { vi: 46, en: 32 };
  if (length < 420) return { vi: 36, en: 26 };
  return { vi: 29, en: 22 };
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * Greedy line breaking at spaces only, so a hyphenated name ("Kim Jong-un") never breaks at its
 * hyphen. A line's width is the sum of its words' widths and the spaces between them, so each word is
 * measured once (measuring every growing line was a third of a card's time). A single word wider than
 * the line (rare: a URL) is cut between characters.
 */
export function wrapText(text: string, maxWidth: number, width: (piece: string) => number): string[] {
  const space = width(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const push = () => {
    if (line) lines.push(line);
    line = '';
    lineWidth = 0;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = width(word);
    if (line && lineWidth + space + wordWidth <= maxWidth) {
      line += ` ${word}`;
      lineWidth += space + wordWidth;
      continue;
    }
    push();
    if (wordWidth <= maxWidth) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    for (const { segment } of graphemes.segment(word)) {
      const segmentWidth = width(segment);
      if (line && lineWidth + segmentWidth > maxWidth) push();
      line += segment;
      lineWidth += segmentWidth;
    }
  }
  push();
  return lines;
}

interface Block {
  lines: string[];
  font: CardFontStyle;
  colour: string;
  /** The line box height; null is "normal" (the font's ascent plus descent). */
  lineHeight: number | null;
}

function blockOf(text: string, font: CardFontStyle, colour: string, lineHeightFactor: number | null, measure: TextMeasure): Block {
  const lines = wrapText(text, TEXT_WIDTH, (piece) => measure.width(piece, font));
  return { lines, font, colour, lineHeight: lineHeightFactor === null ? null : lineHeightFactor * font.size };
}

function blockHeight(block: Block, measure: TextMeasure): number {
  const { ascent, descent } = measure.extent(block.font);
  return block.lines.length * (block.lineHeight ?? ascent + descent);
}

/** The block's lines placed from `top`: the glyphs centred in each line box (CSS half-leading). */
function placeBlock(block: Block, top: number, measure: TextMeasure): CardLine[] {
  const { ascent, descent } = measure.extent(block.font);
  const lineBox = block.lineHeight ?? ascent + descent;
  const halfLeading = (lineBox - (ascent + descent)) / 2;
  return block.lines.map((text, index) => ({ text, x: TEXT_LEFT, baseline: top + index * lineBox + halfLeading + ascent, font: block.font, colour: block.colour }));
}

export function layoutCard({ kicker, vietnamese, english, footer }: ShareCardText, measure: TextMeasure): CardLayout {
  const size = sentenceSizes(vietnamese, english);
  const kickerBlock = blockOf(kicker, { size: 28, weight: 700 }, CARD_COLOURS.accent, null, measure);
  const vietnameseBlock = blockOf(vietnamese, { size: size.vi, weight: 700 }, CARD_COLOURS.vietnamese, 1.22, measure);
  const englishBlock = blockOf(english, { size: size.en, weight: 400 }, CARD_COLOURS.english, 1.3, measure);
  const footerBlock = blockOf(footer, { size: 24, weight: 400 }, CARD_COLOURS.footer, null, measure);

  const kickerHeight = blockHeight(kickerBlock, measure);
  const vietnameseHeight = blockHeight(vietnameseBlock, measure);
  const englishHeight = blockHeight(englishBlock, measure);
  const sentenceHeight = vietnameseHeight + (englishBlock.lines.length ? GAP_BETWEEN_LANGUAGES + englishHeight : 0);
  const footerHeight = blockHeight(footerBlock, measure);
  const inner = CARD_HEIGHT - 2 * PADDING.vertical;
  // space-between: what is left is shared equally by the two gaps; a card too full starts at the top.
  const spare = Math.max(0, inner - kickerHeight - sentenceHeight - footerHeight) / 2;
  const sentenceTop = PADDING.vertical + kickerHeight + spare;
  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    background: CARD_COLOURS.background,
    bar: { width: ACCENT_BAR, colour: CARD_COLOURS.accent },
    lines: [
      ...placeBlock(kickerBlock, PADDING.vertical, measure),
      ...placeBlock(vietnameseBlock, sentenceTop, measure),
      ...placeBlock(englishBlock, sentenceTop + vietnameseHeight + GAP_BETWEEN_LANGUAGES, measure),
      ...placeBlock(footerBlock, PADDING.vertical + inner - footerHeight, measure),
    ],
  };
}
