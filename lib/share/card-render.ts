// A preview card to PNG: lib/share/card-layout.ts places the lines, Skia (@napi-rs/canvas) paints
// them with the Literata subsets, and lib/share/png.ts encodes the pixels. Satori and resvg made the
// same card in about 45 ms (text to SVG paths, rasterised, encoded); painting text directly costs
// about a tenth of that, and at 27,000 cards for 1,000 articles that was most of a cold build. Runs
// in the card workers (lib/share/card-worker.ts); cardRendererFingerprint names everything the bytes
// depend on besides the card's text, for the card cache's key.
import 'server-only';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { z } from 'zod';
import { cacheKey } from '../build/content-store';
import { CARD_FONT_FAMILY, cardFonts } from './card-fonts';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, type CardFontStyle, type TextMeasure } from './card-layout';
import type { ShareCardText } from './card-text';
import { encodePng } from './png';

let fontsRegistered = false;

/** Registers each Literata subset under its own family name once per thread (Skia falls back between them per character). */
function registerFonts(): void {
  if (fontsRegistered) return;
  for (const font of cardFonts()) {
    if (!GlobalFonts.register(Buffer.from(font.data), font.name)) throw new Error(`card font ${font.name} ${font.weight} could not be loaded`);
  }
  fontsRegistered = true;
}

const cssFont = ({ size, weight }: CardFontStyle) => `${weight} ${size}px ${CARD_FONT_FAMILY}`;

function canvasMeasure(context: SKRSContext2D): TextMeasure {
  const extents = new Map<string, { ascent: number; descent: number }>();
  return {
    width(text, font) {
      context.font = cssFont(font);
      return context.measureText(text).width;
    },
    extent(font) {
      const key = cssFont(font);
      let extent = extents.get(key);
      if (!extent) {
        context.font = key;
        const metrics = context.measureText('');
        extent = { ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent };
        extents.set(key, extent);
      }
      return extent;
    },
  };
}

export async function renderCardPng(text: ShareCardText): Promise<Uint8Array> {
  registerFonts();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const context = canvas.getContext('2d');
  const layout = layoutCard(text, canvasMeasure(context));
  context.fillStyle = layout.background;
  context.fillRect(0, 0, layout.width, layout.height);
  context.fillStyle = layout.bar.colour;
  context.fillRect(0, 0, layout.bar.width, layout.height);
  context.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    context.font = cssFont(line.font);
    context.fillStyle = line.colour;
    context.fillText(line.text, line.x, line.baseline);
  }
  // The card is opaque, so Skia's premultiplied pixels are the plain RGBA a PNG holds.
  return encodePng(layout.width, layout.height, canvas.data());
}

/** The sources that decide how a card looks; editing any of them changes every card's key. */
const RENDERER_SOURCES = ['lib/share/card-layout.ts', 'lib/share/card-fonts.ts', 'lib/share/card-render.ts', 'lib/share/png.ts'];
const RENDERER_PACKAGES = ['@napi-rs/canvas'];

const packageVersion = (name: string) => z.object({ version: z.string() }).parse(JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8'))).version;

/** What a card's bytes depend on besides its text. */
export interface RendererInputs {
  files: { name: string; bytes: Uint8Array }[];
  versions: Record<string, string>;
}

/** The renderer's files (layout and render sources, fonts) and library versions, as they are now. */
export function cardRendererInputs(): RendererInputs {
  const files = [...RENDERER_SOURCES.map((file) => join(process.cwd(), file)), ...cardFonts().map((font) => font.path)];
  return {
    files: files.map((file) => ({ name: relative(process.cwd(), file), bytes: readFileSync(file) })),
    versions: Object.fromEntries(RENDERER_PACKAGES.map((name) => [name, packageVersion(name)])),
  };
}

/** A hash of the renderer's inputs: a changed byte or version is a different fingerprint. */
export function rendererFingerprint({ files, versions }: RendererInputs): string {
  const sortedVersions = Object.entries(versions).sort(([a], [b]) => a.localeCompare(b));
  return cacheKey('renderer', ...files.flatMap((file) => [file.name, file.bytes]), ...sortedVersions.flat());
}

export const cardRendererFingerprint = () => rendererFingerprint(cardRendererInputs());

/** The cache key of one card: the renderer and the card's text. */
export const cardKey = (fingerprint: string, text: ShareCardText) => cacheKey('card', fingerprint, JSON.stringify([text.kicker, text.vietnamese, text.english, text.footer]));
