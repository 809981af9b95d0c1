// After `next build`: gives each page its Content-Security-Policy as a `<meta http-equiv>` (the sha256
// of its own inline scripts), writes out/_headers (the format Netlify and Cloudflare Pages read, and
// that `npm start` serves) with one rule for every path, then precompresses the text files (.br and
// .gz beside each, which `npm start` serves by the client's Accept-Encoding; cached under
// .cache/compressed by the file's bytes). A rule per page (455) was past Cloudflare Pages' limit of
// 100 rules; now the file has two, whatever the number of pages.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib';
import { cacheKey, ContentStore } from '../lib/build/content-store';
import { activePlan, reusedOutputTest } from '../lib/build/export-plan';
import { contentSecurityPolicy, HEADER_RULES, inlineScriptHashes, withMetaPolicy } from '../lib/security/csp';
import { formatHeadersFile } from '../lib/security/headers-file';

const out = resolve(process.env.SONG_NGU_OUT_DIR ?? 'out');

/** Text formats worth compressing; the server's list (scripts/serve.ts) is the same. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.xml', '.svg', '.webmanifest', '.ico']);

// Outputs the export plan took from the previous export (scripts/link-unchanged.ts) already carry their
// CSP and their .br and .gz, and are hard links shared with the kept copy: they are neither read nor
// rewritten (README "Build cost and the build cache").
const reused = reusedOutputTest();

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return reused(`${relative(out, path).split(sep).join('/')}/`) ? [] : files(path);
    return reused(relative(out, path).split(sep).join('/')) ? [] : [path];
  });
}

const all = files(out).filter((file) => !/\.(br|gz)$/.test(file)).sort();
let pages = 0;
for (const file of all.filter((path) => path.endsWith('.html'))) {
  const html = readFileSync(file, 'utf8');
  writeFileSync(file, withMetaPolicy(html, contentSecurityPolicy(inlineScriptHashes(html))));
  pages += 1;
}
writeFileSync(join(out, '_headers'), formatHeadersFile(HEADER_RULES));

// The .br and .gz files come from the build cache when a file's bytes are unchanged, otherwise from
// zlib's thread pool, a few files at once. Brotli's best quality (11) is kept for Next's static
// assets, the few files every page loads (cached for a year); pages and data get quality 6: on an
// article page 35 kB instead of 30 kB, made in 40 ms instead of 2–6 s (README, Performance), which at
// quality 11 was most of a 1,000-article build.
const store = new ContentStore(join(resolve(process.env.SONG_NGU_CACHE_DIR ?? '.cache'), 'compressed'));
const brotliQuality = (file: string) => (relative(out, file).startsWith(join('_next', 'static')) ? 11 : 6);
const GZIP_LEVEL = 9;
const codec = (kind: 'br' | 'gz', file: string) =>
  kind === 'br' ? `brotli ${process.versions.brotli} quality ${brotliQuality(file)}` : `zlib ${process.versions.zlib} level ${GZIP_LEVEL}`;
const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);
const used = new Set<string>();

async function compressedOnce(kind: 'br' | 'gz', file: string, body: Buffer): Promise<Buffer> {
  const key = cacheKey(codec(kind, file), body);
  used.add(key);
  const cached = store.get(key);
  if (cached.status === 'hit') return cached.body;
  const result =
    kind === 'br'
      ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : await gzip(body, { level: GZIP_LEVEL });
  store.put(key, result);
  return result;
}

let compressed = 0;
let before = 0;
let after = 0;
const queue = all.filter((path) => COMPRESSIBLE.has(extname(path)));
async function compressNext(): Promise<void> {
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const body = readFileSync(file);
    if (body.length < 256) continue;
    const [br, gz] = await Promise.all([compressedOnce('br', file, body), compressedOnce('gz', file, body)]);
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
    compressed += 1;
    before += body.length;
    after += br.length;
  }
}
await Promise.all(Array.from({ length: availableParallelism() * 2 }, compressNext));
// An incremental build does not read the reused files, so it cannot tell which entries they use: only a full build prunes.
if (activePlan()?.mode !== 'incremental') store.prune(used);
console.log(
  `write-headers: ${pages} pages with their CSP in a meta tag, ${HEADER_RULES.length} rules in ${relative(process.cwd(), join(out, '_headers'))}; ` +
    `${compressed} files precompressed (.br ${(after / 1024).toFixed(0)} kB for ${(before / 1024).toFixed(0)} kB; ${store.stats.hits} of ${compressed * 2} compressed copies from the cache)`,
);
