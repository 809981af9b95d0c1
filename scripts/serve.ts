// npm start — serves the static export in out/ on PORT (default 3000), with the site's security
// headers, as a server one could expose: the file serving itself (ETag, Last-Modified, 304, 412,
// Range, streams closed when the client goes away) is `send` (pillarjs, the engine of Express's
// static files). Not sirv: sirv 3.0.2 answers with `createReadStream(file).pipe(res)`, which leaks
// the descriptor on a client abort and throws on a file that vanished mid-request, ignores
// `gzip;q=0` and reads `Range: bytes=-500` as the first 501 bytes. What is ours is the thin layer
// around it: which file a path means (never outside out/, not even through a symlink), the
// trailing-slash redirect (which can only name a path of this origin), precompressed .br/.gz
// variants chosen by q-value, the 404 page, and the headers of `out/_headers` on every status.
import { createReadStream, readFileSync, type Stats } from 'node:fs';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { pathToFileURL } from 'node:url';
import send from 'send';
import { COMPRESSIBLE } from '../lib/build/finish-files';
import { BASE_HEADERS } from '../lib/security/csp';
import { type HeaderRule, headersForPath, parseHeadersFile } from '../lib/security/headers-file';

const TYPES: Record<string, string> = {
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
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

export interface SiteServerOptions {
  root: string;
  /** Connections beyond this are closed at once, so a flood cannot exhaust descriptors or memory. */
  maxConnections?: number;
  /** Whole request headers must arrive within this (slowloris). */
  headersTimeoutMs?: number;
  /** Whole request (headers and body) within this. */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs?: number;
  /** A socket with no traffic either way (a client that stopped reading) is closed after this. */
  socketIdleMs?: number;
  /** How often Node looks for connections past those deadlines (its default, 30 s, would let a slow client stay 40 s). */
  checkIntervalMs?: number;
  /**
   * Runs between choosing a file and opening it. Only the tests use it, to make the race with a
   * rebuild (the file vanishes in between) happen every time instead of once in a while.
   */
  beforeSend?: (path: string) => Promise<void>;
}

export const DEFAULTS = { maxConnections: 1024, headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, socketIdleMs: 30_000, checkIntervalMs: 1_000 };

type Found = { kind: 'file'; path: string; stats: Stats; route: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** q-values of Accept-Encoding (RFC 9110 §12.5.3): `gzip;q=0` refuses gzip, `*` covers the rest. */
export function acceptsEncoding(header: string | undefined, coding: 'br' | 'gzip'): boolean {
  if (!header) return false;
  let star: number | undefined;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name.trim() === coding) return weight > 0;
    if (name.trim() === '*') star = weight;
  }
  return star !== undefined && star > 0;
}

/**
 * The request path as segments, or null when no file can be meant: percent-decoding that fails, a
 * decoded `/`, `\` or NUL inside a segment, `.` or `..`, an empty segment (`//`). Refusing these
 * (404) instead of normalising them means no redirect is ever built from them: `/.//evil.com/`
 * cannot become `Location: //evil.com/`.
 */
export function pathSegments(pathname: string): { segments: string[]; directory: boolean } | null {
  if (!pathname.startsWith('/')) return null;
  const directory = pathname.endsWith('/');
  const raw = pathname.slice(1, directory ? -1 : undefined);
  if (raw === '') return { segments: [], directory: true };
  const segments: string[] = [];
  for (const part of raw.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return { segments, directory };
}

/** A path of this origin: one `/`, then encoded segments, so never `//host` nor `/\host`. */
function localPath(segments: readonly string[], directory: boolean): string {
  return `/${segments.map(encodeURIComponent).join('/')}${directory && segments.length ? '/' : ''}`;
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

export function createSiteServer(options: SiteServerOptions): Server {
  const settings = { ...DEFAULTS, ...options };
  const root = resolve(settings.root);

  // A build may point us at another directory while it rewrites out/ (scripts/build-atomic.ts), so
  // the real root and the header rules are looked up again, at most once a second.
  let checked = 0;
  let realRoot = root;
  let rules: HeaderRule[] = [];
  // What a path resolves to (file, variant, redirect or nothing) is remembered for that second too:
  // the realpath and stat calls cost more than sending a small file. Bounded, so that a client
  // asking for a million different paths cannot grow it.
  const resolved = new Map<string, Promise<Found>>();
  const variants = new Map<string, Promise<{ path: string; encoding?: string }>>();
  const remember = <T>(cache: Map<string, Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> => {
    const known = cache.get(key);
    if (known) return known;
    if (cache.size >= 10_000) cache.clear();
    const pending = compute();
    cache.set(key, pending);
    return pending;
  };
  async function refresh(): Promise<void> {
    if (Date.now() - checked < 1000) return;
    checked = Date.now();
    resolved.clear();
    variants.clear();
    // While a build rewrites out/, `out.serving` names the previous export to serve instead
    // (scripts/build-atomic.ts); only a directory under out/'s parent can be named.
    const pointer = await readFile(`${root}.serving`, 'utf8').then((text) => text.trim(), () => '');
    const named = pointer && /^[\w./-]+$/.test(pointer) && !pointer.split('/').includes('..') && !pointer.startsWith('/');
    const serving = named ? join(dirname(root), pointer) : root;
    realRoot = await realpath(serving).catch(() => realRoot);
    rules = await readFile(join(realRoot, '_headers'), 'utf8').then(parseHeadersFile, () => []);
  }

  /** The file's real path, if it is a regular file inside out/ (a symlink may not lead out). */
  async function inside(path: string): Promise<{ path: string; stats: Stats } | null> {
    let real: string;
    try {
      real = await realpath(path);
    } catch {
      return null;
    }
    if (!real.startsWith(realRoot + sep)) return null;
    const stats = await statOrNull(real);
    return stats?.isFile() ? { path: real, stats } : null;
  }

  async function find(pathname: string, search: string): Promise<Found> {
    const parsed = pathSegments(pathname);
    if (!parsed) return { kind: 'missing' };
    const { segments, directory } = parsed;
    // Files the hosts keep to themselves, and dotfiles, are not content.
    if (segments[0] === '_headers' || segments.some((segment) => segment.startsWith('.'))) return { kind: 'missing' };
    const base = join(realRoot, ...segments);
    if (directory) {
      const file = await inside(join(base, 'index.html'));
      return file ? { kind: 'file', ...file, route: localPath(segments, true) } : { kind: 'missing' };
    }
    const file = await inside(base);
    if (file) return { kind: 'file', ...file, route: localPath(segments, false) };
    if (await inside(join(base, 'index.html'))) return { kind: 'redirect', location: `${localPath(segments, true)}${search}` };
    return { kind: 'missing' };
  }

  function securityHeaders(response: ServerResponse, route: string): void {
    const fromFile = headersForPath(rules, route);
    for (const [name, value] of Object.entries(BASE_HEADERS)) if (!fromFile.has(name)) response.setHeader(name, value);
    for (const [name, value] of fromFile) response.setHeader(name, value);
  }

  function plain(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    // Whatever the file answer had set (Content-Encoding, ETag, Vary) does not describe this body.
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    securityHeaders(response, '/*');
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text), ...extra });
    response.end(text);
  }

  async function notFound(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const page = await inside(join(realRoot, '404.html'));
    if (!page) return plain(response, 404, 'Not found\n');
    securityHeaders(response, '/404.html');
    response.writeHead(404, { 'Content-Type': TYPES['.html'], 'Content-Length': page.stats.size, 'Cache-Control': 'no-cache' });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    // pipeline (not pipe) closes the file when the client goes away or the file vanishes.
    pipeline(createReadStream(page.path), response, () => undefined);
  }

  /** The .br or .gz variant written by the build, when the client accepts it and it is still fresh. */
  async function variant(file: { path: string; stats: Stats }, acceptEncoding: string | undefined): Promise<{ path: string; encoding?: string }> {
    if (!COMPRESSIBLE.has(extname(file.path))) return { path: file.path };
    for (const [coding, suffix] of [['br', '.br'], ['gzip', '.gz']] satisfies ['br' | 'gzip', string][]) {
      if (!acceptsEncoding(acceptEncoding, coding)) continue;
      const compressed = await inside(file.path + suffix);
      if (compressed && compressed.stats.mtimeMs >= file.stats.mtimeMs) return { path: compressed.path, encoding: coding };
    }
    return { path: file.path };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    await refresh();
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    const target = request.url ?? '';
    // Only origin-form: `GET http://other/ HTTP/1.1` (absolute-form) is for proxies.
    if (!target.startsWith('/')) return plain(response, 400, 'Bad request\n');
    const query = target.indexOf('?');
    const pathname = query < 0 ? target : target.slice(0, query);
    const search = query < 0 ? '' : target.slice(query);
    const found = await remember(resolved, target, () => find(pathname, search));
    if (found.kind === 'missing') return notFound(request, response);
    if (found.kind === 'redirect') {
      securityHeaders(response, '/*');
      response.writeHead(308, { Location: found.location, 'Content-Length': 0 }).end();
      return;
    }
    const accepts = request.headers['accept-encoding'];
    const coding = acceptsEncoding(accepts, 'br') ? 'br' : '';
    const chosen = await remember(variants, `${found.path}\0${coding}${acceptsEncoding(accepts, 'gzip') ? 'gzip' : ''}`, () => variant(found, accepts));
    const extension = extname(found.path);
    securityHeaders(response, found.route);
    response.setHeader('Content-Type', TYPES[extension] ?? 'application/octet-stream');
    response.setHeader('Cache-Control', found.route.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    if (COMPRESSIBLE.has(extension)) response.setHeader('Vary', 'Accept-Encoding');
    if (chosen.encoding) response.setHeader('Content-Encoding', chosen.encoding);
    await settings.beforeSend?.(chosen.path);
    // The real path found above (inside out/, no `..`), URL-encoded as send expects; not relative to
    // realRoot, which a concurrent request may have moved to a new build meanwhile.
    const encoded = chosen.path.split(sep).map(encodeURIComponent).join('/');
    const stream = send(request, encoded, { index: false, dotfiles: 'allow', etag: true, lastModified: true, cacheControl: false, acceptRanges: true });
    stream.on('error', (error: unknown) => {
      const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
      if (status === 412) return plain(response, 412, 'Precondition failed\n');
      if (status === 416) return plain(response, 416, 'Range not satisfiable\n', { 'Content-Range': `bytes */${found.stats.size}` });
      // The file was there a moment ago: a new build is being swapped in. Try again shortly.
      plain(response, 503, 'Service unavailable: the site is being updated\n', { 'Retry-After': '1' });
    });
    stream.pipe(response);
  }

  const server = createServer({ maxHeaderSize: 16 * 1024, requestTimeout: settings.requestTimeoutMs, headersTimeout: settings.headersTimeoutMs, connectionsCheckingInterval: settings.checkIntervalMs }, (request, response) => {
    handle(request, response).catch(() => plain(response, 503, 'Service unavailable\n', { 'Retry-After': '1' }));
  });
  server.maxConnections = settings.maxConnections;
  // accept() failing for want of descriptors (EMFILE) is an 'error' on the server, which would end
  // the process; the cap above keeps it rare, and when it happens the connection is just not taken.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (server.listening && (error.code === 'EMFILE' || error.code === 'ENFILE')) return;
    throw error;
  });
  server.keepAliveTimeout = settings.keepAliveTimeoutMs;
  server.maxHeadersCount = 100;
  server.setTimeout(settings.socketIdleMs, (socket: Socket) => socket.destroy());
  // Malformed requests, timeouts, oversized headers: answered with the security headers too, then closed.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    const headers = Object.entries(BASE_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n${headers}\r\n`);
    socket.destroySoon();
  });
  return server;
}

/**
 * Each connection may hold two descriptors (its socket, the file it streams): the cap leaves room for
 * both under the process's descriptor limit (256 on some systems), else 1024.
 */
export function connectionCap(limitsFile = '/proc/self/limits'): number {
  const limit = Number(/^Max open files\s+(\d+)/m.exec(readFileSyncOrEmpty(limitsFile))?.[1] ?? NaN);
  return Number.isFinite(limit) ? Math.max(16, Math.min(DEFAULTS.maxConnections, Math.floor((limit - 64) / 2))) : DEFAULTS.maxConnections;
}

function readFileSyncOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** `npm start` (scripts/serve.mjs): PORT, HOST, SONG_NGU_OUT_DIR, SONG_NGU_MAX_CONNECTIONS. */
export async function main(): Promise<void> {
  const root = resolve(process.env.SONG_NGU_OUT_DIR ?? 'out');
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!(await lstat(join(root, 'index.html')).catch(() => null))) {
    console.error(`No build in ${root}. Run "npm run build" first.`);
    process.exit(1);
  }
  if (!(await statOrNull(join(root, '_headers')))) console.warn('No out/_headers: serving with the built-in security headers only. Run "npm run build".');
  const maxConnections = Number(process.env.SONG_NGU_MAX_CONNECTIONS ?? connectionCap());
  const server = createSiteServer({ root, maxConnections });
  server.listen(port, host, () => console.log(`Song Ngữ: serving ${root} at http://${host}:${port}/`));
  // For npm run bench:load only: on SIGUSR2, collect garbage (when run with --expose-gc) and print
  // the memory figures, so the benchmark can compare what the heap holds before and after a flood.
  if (process.env.SONG_NGU_MEMORY_SIGNAL === '1') {
    process.on('SIGUSR2', () => {
      gc?.();
      // Buffers' memory is released by the collection after the one that finds them unreachable.
      setTimeout(() => {
        gc?.();
        console.log(`memory ${JSON.stringify(process.memoryUsage())}`);
      }, 200);
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
