// npm start — serves the static export in out/ on PORT (default 3000), with the site's security
// headers; any static host or CDN can serve out/ the same way (README lists the headers).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { pipeline } from 'node:stream';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.SONG_NGU_OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.xml', '.svg', '.webmanifest']);

// Headers come from out/_headers (written by the build: shared headers under /*, a CSP per page).
function readHeaderRules(file) {
  const rules = new Map();
  let current = null;
  for (const line of existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      current = line.trim();
      rules.set(current, rules.get(current) ?? {});
    } else if (current) {
      const [name, ...value] = line.trim().split(':');
      rules.get(current)[name.trim()] = value.join(':').trim();
    }
  }
  return rules;
}
const headerRules = readHeaderRules(join(root, '_headers'));
if (!headerRules.size) console.warn('No out/_headers: serving without security headers. Run "npm run build".');

function headersFor(route) {
  return { ...(headerRules.get('/*') ?? {}), ...(headerRules.get(route) ?? {}) };
}

function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return { file: candidate };
  if (existsSync(join(candidate, 'index.html'))) {
    return pathname.endsWith('/') ? { file: join(candidate, 'index.html') } : { redirect: `${pathname}/` };
  }
  return null;
}

// The export does not change while it is served: each file is compressed once, then kept.
const compressed = new Map();
function gzipped(file) {
  const { mtimeMs } = statSync(file);
  const cached = compressed.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(readFileSync(file));
  compressed.set(file, { mtimeMs, body });
  return body;
}

const server = createServer((request, response) => {
  let url;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
    decodeURIComponent(url.pathname);
  } catch {
    url = new URL('/__malformed__', 'http://localhost');
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let found = null;
  try {
    found = resolveFile(url.pathname);
  } catch {
    found = null;
  }
  const route = found?.file ? `/${found.file.slice(root.length + 1).replace(/index\.html$/, '')}` : '/404.html';
  for (const [name, value] of Object.entries(headersFor(route))) response.setHeader(name, value);
  if (found?.redirect) {
    response.writeHead(308, { Location: found.redirect + url.search }).end();
    return;
  }
  const status = found ? 200 : 404;
  const file = found?.file ?? join(root, '404.html');
  const extension = extname(file);
  const headers = {
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Cache-Control': file.includes(`${join(root, '_next', 'static')}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    Vary: 'Accept-Encoding',
  };
  const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = gzip ? gzipped(file) : null;
  if (body) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = body ? body.length : statSync(file).size;
  response.writeHead(status, headers);
  if (request.method === 'HEAD') response.end();
  else if (body) response.end(body);
  // pipeline (not pipe) closes the file when the client goes away mid-download or sends garbage.
  else pipeline(createReadStream(file), response, () => {});
});

server.listen(port, host, () => console.log(`Song Ngữ: serving ${root} at http://${host}:${port}/`));
