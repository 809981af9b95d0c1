// Reads the static export in out/ as a host serves it: a path ending in / is its index.html. The
// checks in tests/static read these files directly — no server, no browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export const OUT = join(process.cwd(), process.env.SONG_NGU_OUT_DIR ?? 'out');

export function outFile(path: string): string {
  const relative = decodeURIComponent(path).replace(/^\//, '');
  return join(OUT, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
}

export function readOut(path: string): string {
  const file = outFile(path);
  if (!existsSync(file)) throw new Error(`${path} is not in ${OUT}: run npm run build first`);
  return readFileSync(file, 'utf8');
}

export function readOutBuffer(path: string): Buffer {
  return readFileSync(outFile(path));
}

export function page(path: string): Root {
  return fromHtml(readOut(path));
}

export function elements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

/** Site paths in an absolute URL of this site, whatever origin the build was made for. */
export const pathOf = (url: string) => new URL(url).pathname;

/** The width and height a PNG's header gives. */
export function pngSize(body: Buffer): { width: number; height: number } {
  if (body.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || body.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('not a PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}
