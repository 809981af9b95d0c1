// The last touch on the files of a fresh export (scripts/write-headers.ts runs it in worker threads,
// lib/build/finish-worker.ts): an HTML page has Next's scripts deferred to its load event
// (lib/render/defer-scripts.ts) and gets its Content-Security-Policy as a meta tag (the sha256 of
// its own inline scripts, lib/security/csp.ts), then every text file gets a .br and a .gz
// beside it, which `npm start` (scripts/serve.ts) serves by the client's Accept-Encoding as long as
// they are not older than the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { deferNextScripts } from '../render/defer-scripts';
import { contentSecurityPolicy, inlineScriptHashes, withMetaPolicy } from '../security/csp';
import { cacheKey, ContentStore } from './content-store';

/** Text formats worth compressing; the server (scripts/serve.ts) reads the same list. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.xml', '.svg', '.webmanifest', '.ico']);

/** Smaller files fit in a packet as they are. */
const MIN_COMPRESSED_BYTES = 256;

/**
 * Below this size compressing a file again costs less than looking its copies up in the build cache
 * and storing them (a 5 kB share page: about 0.2 ms of brotli and gzip against four file operations),
 * so only larger files — pages, Next's scripts, the search index — go through the cache.
 */
const CACHED_FROM_BYTES = 32 * 1024;

/**
 * Brotli's best quality (11) for Next's static assets, the few files every page loads (cached for a
 * year); quality 6 for pages and data: an article page is 35 kB instead of 30 kB, made in 40 ms
 * instead of 2–6 s, which at quality 11 was most of a 1,000-article build. Paths are relative to out/.
 */
const brotliQuality = (path: string) => (path.startsWith('_next/static/') ? 11 : 6);
const GZIP_LEVEL = 9;

export interface FinishReport {
  pages: number;
  compressed: number;
  /** Bytes of the compressed files, and of their .br copies. */
  before: number;
  after: number;
  cacheHits: number;
  /** The cache entries this run asked for (a full build prunes the others). */
  usedKeys: string[];
}

export const emptyReport = (): FinishReport => ({ pages: 0, compressed: 0, before: 0, after: 0, cacheHits: 0, usedKeys: [] });

export function addReports(into: FinishReport, from: FinishReport): FinishReport {
  into.pages += from.pages;
  into.compressed += from.compressed;
  into.before += from.before;
  into.after += from.after;
  into.cacheHits += from.cacheHits;
  into.usedKeys.push(...from.usedKeys);
  return into;
}

/** Finishes `files` (absolute paths inside `out`, no .br or .gz among them), one after the other. */
export function finishFiles(files: readonly string[], out: string, cacheDirectory: string): FinishReport {
  const store = new ContentStore(cacheDirectory);
  const report = emptyReport();
  for (const file of files) {
    const path = relative(out, file).split(sep).join('/');
    let body: Buffer | undefined;
    if (file.endsWith('.html')) {
      const html = deferNextScripts(readFileSync(file, 'utf8'));
      const finished = withMetaPolicy(html, contentSecurityPolicy(inlineScriptHashes(html)));
      body = Buffer.from(finished, 'utf8');
      writeFileSync(file, body);
      report.pages += 1;
    }
    if (!COMPRESSIBLE.has(extname(file))) continue;
    body ??= readFileSync(file);
    if (body.length < MIN_COMPRESSED_BYTES) continue;
    const quality = brotliQuality(path);
    const compress = {
      br: () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gz: () => gzipSync(body, { level: GZIP_LEVEL }),
    };
    const codec = { br: `brotli ${process.versions.brotli} quality ${quality}`, gz: `zlib ${process.versions.zlib} level ${GZIP_LEVEL}` };
    for (const kind of ['br', 'gz'] as const) {
      let copy: Buffer;
      if (body.length >= CACHED_FROM_BYTES) {
        const key = cacheKey(codec[kind], body);
        report.usedKeys.push(key);
        const cached = store.get(key);
        if (cached.status === 'hit') {
          copy = cached.body;
          report.cacheHits += 1;
        } else {
          copy = compress[kind]();
          store.put(key, copy);
        }
      } else copy = compress[kind]();
      writeFileSync(`${file}.${kind}`, copy);
      if (kind === 'br') report.after += copy.length;
    }
    report.compressed += 1;
    report.before += body.length;
  }
  return report;
}
