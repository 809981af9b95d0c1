// A preview card to PNG, as next/og makes it: Satori lays out components/share-card.tsx into an SVG
// with the text as paths, resvg rasterises it at 1200 px wide. Runs in the card workers
// (lib/share/card-worker.ts); cardRendererFingerprint names everything the bytes depend on besides the
// card's text, for the card cache's key.
import 'server-only';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { z } from 'zod';
import { ShareCard } from '../../components/share-card';
import { cacheKey } from '../build/content-store';
import { cardFontFiles, cardFonts } from './card-fonts';
import type { ShareCardText } from './card-text';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export async function renderCardPng(text: ShareCardText): Promise<Uint8Array> {
  const svg = await satori(ShareCard(text), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
  // Satori writes the text as paths, so resvg needs no font: not scanning the system's fonts saves
  // about a tenth of the time and keeps a machine's fonts out of the card.
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render();
  return rendered.asPng();
}

/** The sources that decide how a card looks; editing any of them changes every card's key. */
const RENDERER_SOURCES = ['components/share-card.tsx', 'lib/share/card-fonts.ts', 'lib/share/card-render.ts'];
const RENDERER_PACKAGES = ['satori', '@resvg/resvg-js'];

const packageVersion = (name: string) => z.object({ version: z.string() }).parse(JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8'))).version;

/** What a card's bytes depend on besides its text. */
export interface RendererInputs {
  files: { name: string; bytes: Uint8Array }[];
  versions: Record<string, string>;
}

/** The renderer's files (template and render sources, fonts) and library versions, as they are now. */
export function cardRendererInputs(): RendererInputs {
  const files = [...RENDERER_SOURCES.map((file) => join(process.cwd(), file)), ...cardFontFiles()];
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
