// After `next build`: gives each page its Content-Security-Policy as a `<meta http-equiv>` (the sha256
// of its own inline scripts), writes out/_headers (the format Netlify and Cloudflare Pages read, and
// that `npm start` serves) with one rule for every path, then precompresses the text files (.br and
// .gz beside each, which `npm start` serves by the client's Accept-Encoding). A rule per page (455)
// was past Cloudflare Pages' limit of 100 rules; now the file has two, whatever the number of pages.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentSecurityPolicy, HEADER_RULES, inlineScriptHashes, withMetaPolicy } from '../lib/security/csp';
import { formatHeadersFile } from '../lib/security/headers-file';

const out = resolve(process.env.SONG_NGU_OUT_DIR ?? 'out');

/** Text formats worth compressing; the server's list (scripts/serve.ts) is the same. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.xml', '.svg', '.webmanifest', '.ico']);

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path) : [path];
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

let compressed = 0;
let before = 0;
let after = 0;
for (const file of all.filter((path) => COMPRESSIBLE.has(extname(path)))) {
  const body = readFileSync(file);
  if (body.length < 256) continue;
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  compressed += 1;
  before += body.length;
  after += br.length;
}
console.log(
  `write-headers: ${pages} pages with their CSP in a meta tag, ${HEADER_RULES.length} rules in ${relative(process.cwd(), join(out, '_headers'))}; ` +
    `${compressed} files precompressed (.br ${(after / 1024).toFixed(0)} kB for ${(before / 1024).toFixed(0)} kB)`,
);
