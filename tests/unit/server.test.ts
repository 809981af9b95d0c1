// npm start as an attacker meets it (issue 19): each probe of the review is a case here, against the
// real server module started on an ephemeral loopback port over a small out/ this test writes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { acceptsEncoding, createSiteServer, pathSegments, type SiteServerOptions } from '../../scripts/serve';

const HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>home</body></html>';
const BIG = Buffer.alloc(4 * 1024 * 1024, 'abcdefghij');

function makeSite(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'song-ngu-server-'));
  const out = join(dir, 'out');
  for (const sub of ['en/articles/a', '_next/static/chunks', 'cards']) mkdirSync(join(out, sub), { recursive: true });
  writeFileSync(join(out, 'index.html'), HTML);
  writeFileSync(join(out, 'en/index.html'), HTML);
  writeFileSync(join(out, 'en/articles/a/index.html'), HTML.replace('home', 'article'));
  writeFileSync(join(out, '404.html'), '<!doctype html><title>404</title><p>not here</p>');
  writeFileSync(join(out, '_next/static/chunks/app.js'), 'console.log(1);'.repeat(100));
  writeFileSync(join(out, 'cards/big.png'), BIG);
  const js = join(out, '_next/static/chunks/app.js');
  writeFileSync(`${js}.gz`, gzipSync('console.log(1);'.repeat(100)));
  writeFileSync(`${js}.br`, brotliCompressSync('console.log(1);'.repeat(100)));
  writeFileSync(join(out, '_headers'), '/*\n  X-From-Headers-File: yes\n\n/en/articles/*\n  X-Article: yes\n');
  writeFileSync(join(dir, 'secret.txt'), 'outside out/');
  symlinkSync(join(dir, 'secret.txt'), join(out, 'leak.txt'));
  symlinkSync(dir, join(out, 'parent'));
  symlinkSync(join(out, 'en/index.html'), join(out, 'inside.html'));
  return { dir, out };
}

async function start(out: string, options: Partial<SiteServerOptions> = {}): Promise<{ server: Server; port: number }> {
  const server = createSiteServer({ root: out, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/** One raw exchange: writes `request` exactly as given and reads until the server closes. */
function raw(port: number, request: string | Buffer, timeoutMs = 5000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('timed out'));
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const data = Buffer.concat(chunks);
      const split = data.indexOf('\r\n\r\n');
      const head = data.subarray(0, split < 0 ? data.length : split).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
      const headers = new Map<string, string>();
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
      }
      resolve({ status, headers, body: split < 0 ? Buffer.alloc(0) : data.subarray(split + 4) });
    });
    socket.write(request);
  });
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  const lines = Object.entries({ Host: '127.0.0.1', Connection: 'close', ...headers }).map(([name, value]) => `${name}: ${value}\r\n`);
  return raw(port, `${method} ${path} HTTP/1.1\r\n${lines.join('')}\r\n`);
}

function openDescriptors(): number {
  return readdirSync('/proc/self/fd').length;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function assertSecurityHeaders(response: RawResponse, label: string): void {
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff', label);
  assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, label);
  assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d+; includeSubDomains/, label);
  assert.equal(response.headers.get('cross-origin-resource-policy'), 'same-origin', label);
  assert.ok(response.headers.get('referrer-policy'), label);
}

describe('npm start against hostile clients', { timeout: 60_000 }, () => {
  let site: { dir: string; out: string };
  let server: Server;
  let port: number;
  before(async () => {
    site = makeSite();
    ({ server, port } = await start(site.out, { headersTimeoutMs: 600, requestTimeoutMs: 1200, keepAliveTimeoutMs: 500, socketIdleMs: 1500, checkIntervalMs: 100 }));
  });
  after(async () => {
    await stop(server);
    rmSync(site.dir, { recursive: true, force: true });
  });

  test('a request followed by garbage in the same packet leaks no descriptor (100 connections)', async () => {
    await get(port, '/cards/big.png', {}, 'HEAD');
    const baseline = openDescriptors();
    await Promise.all(
      Array.from({ length: 100 }, () =>
        raw(port, 'GET /cards/big.png HTTP/1.1\r\nHost: x\r\n\r\n\u0000\u0001garbage that is no request\r\n\r\n').catch(() => null),
      ),
    );
    await settle(200);
    assert.ok(openDescriptors() <= baseline + 2, `descriptors ${openDescriptors()} after, ${baseline} before`);
  });

  test('aborted downloads close their files (100 clients that read a little and go away)', async () => {
    const baseline = openDescriptors();
    await Promise.all(
      Array.from(
        { length: 100 },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(port, '127.0.0.1', () => socket.write('GET /cards/big.png HTTP/1.1\r\nHost: x\r\n\r\n'));
            socket.once('data', () => {
              socket.destroy();
              resolve();
            });
            socket.on('error', () => resolve());
          }),
      ),
    );
    // A client that sends its request and closes at once.
    await Promise.all(
      Array.from({ length: 50 }, () => new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.end('GET /cards/big.png HTTP/1.1\r\nHost: x\r\n\r\n', () => socket.destroy()));
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      })),
    );
    await settle(300);
    assert.ok(openDescriptors() <= baseline + 2, `descriptors ${openDescriptors()} after, ${baseline} before`);
    assert.equal((await get(port, '/en/')).status, 200);
  });

  test('a file that vanishes mid-request is answered 503 and the server keeps serving', async () => {
    const victim = join(site.out, 'en/articles/a/gone.json');
    writeFileSync(victim, '{}');
    const racing = await start(site.out, { beforeSend: async (path) => (path === victim ? unlinkSync(victim) : undefined) });
    try {
      const response = await get(racing.port, '/en/articles/a/gone.json');
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '1');
      assertSecurityHeaders(response, '503');
      assert.equal((await get(racing.port, '/en/')).status, 200);
    } finally {
      await stop(racing.server);
    }
  });

  test('ETag, Last-Modified, 304 and 412', async () => {
    const first = await get(port, '/en/');
    const etag = first.headers.get('etag') ?? '';
    const modified = first.headers.get('last-modified') ?? '';
    assert.ok(etag && modified);
    const byTag = await get(port, '/en/', { 'If-None-Match': etag });
    assert.equal(byTag.status, 304);
    assertSecurityHeaders(byTag, '304');
    assert.equal((await get(port, '/en/', { 'If-Modified-Since': modified })).status, 304);
    assert.equal((await get(port, '/en/', { 'If-Match': '"other"' })).status, 412);
    // A file changed in place gets a new validator.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(site.out, 'en/index.html'), later, later);
    assert.equal((await get(port, '/en/', { 'If-None-Match': etag })).status, 200);
  });

  test('Range: one range, a suffix range, an unsatisfiable range', async () => {
    const first = await get(port, '/cards/big.png', { Range: 'bytes=0-9' });
    assert.equal(first.status, 206);
    assert.equal(first.headers.get('content-range'), `bytes 0-9/${BIG.length}`);
    assert.deepEqual(first.body, BIG.subarray(0, 10));
    const suffix = await get(port, '/cards/big.png', { Range: 'bytes=-5' });
    assert.equal(suffix.status, 206);
    assert.deepEqual(suffix.body, BIG.subarray(BIG.length - 5));
    const beyond = await get(port, '/cards/big.png', { Range: `bytes=${BIG.length + 10}-` });
    assert.equal(beyond.status, 416);
    assert.equal(beyond.headers.get('content-range'), `bytes */${BIG.length}`);
    assertSecurityHeaders(beyond, '416');
  });

  test('precompressed variants by q-value, never one the client refused', async () => {
    const path = '/_next/static/chunks/app.js';
    assert.equal((await get(port, path, { 'Accept-Encoding': 'gzip, br' })).headers.get('content-encoding'), 'br');
    assert.equal((await get(port, path, { 'Accept-Encoding': 'gzip' })).headers.get('content-encoding'), 'gzip');
    assert.equal((await get(port, path, { 'Accept-Encoding': 'br;q=0, gzip;q=0.5' })).headers.get('content-encoding'), 'gzip');
    const refused = await get(port, path, { 'Accept-Encoding': 'gzip;q=0' });
    assert.equal(refused.headers.get('content-encoding'), undefined);
    assert.equal(refused.body.toString(), 'console.log(1);'.repeat(100));
    assert.equal((await get(port, path, { 'Accept-Encoding': '*;q=0' })).headers.get('content-encoding'), undefined);
    assert.equal((await get(port, path)).headers.get('vary'), 'Accept-Encoding');
    assert.equal((await get(port, path)).headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(acceptsEncoding('GZIP;Q=0.001', 'gzip'), true);
    assert.equal(acceptsEncoding('identity', 'gzip'), false);
  });

  test('symlinks are not followed out of out/', async () => {
    assert.equal((await get(port, '/leak.txt')).status, 404);
    assert.equal((await get(port, '/parent/secret.txt')).status, 404);
    assert.equal((await get(port, '/inside.html')).status, 200);
  });

  test('redirects can never leave the origin', async () => {
    const probes = ['/.//evil.com/%2e%2e%2fen', '//evil.com/en', '/%2F%2Fevil.com', '/%5Cevil.com', '/\\evil.com', '/en/..', '/./en', '/en%00', '/%E0%A4%A'];
    for (const probe of probes) {
      const response = await get(port, probe);
      assert.equal(response.headers.get('location'), undefined, probe);
      assert.equal(response.status, 404, probe);
      assertSecurityHeaders(response, probe);
    }
    const slash = await get(port, '/en?next=//evil.com');
    assert.equal(slash.status, 308);
    assert.equal(slash.headers.get('location'), '/en/?next=//evil.com');
    assert.deepEqual(pathSegments('/a/b/'), { segments: ['a', 'b'], directory: true });
    assert.equal(pathSegments('/a//b'), null);
  });

  test('security headers on every status, and the _headers rules by path', async () => {
    const cases: [string, Promise<RawResponse>][] = [
      ['200', get(port, '/en/')],
      ['308', get(port, '/en')],
      ['404', get(port, '/no-such-page/')],
      ['405', get(port, '/en/', {}, 'POST')],
      ['400 absolute-form', get(port, 'http://evil.com/')],
      ['400 malformed', raw(port, 'NOT A REQUEST\r\n\r\n')],
      ['HEAD', get(port, '/en/', {}, 'HEAD')],
    ];
    for (const [label, pending] of cases) assertSecurityHeaders(await pending, label);
    const missing = await get(port, '/no-such-page/');
    assert.match(missing.body.toString(), /not here/);
    assert.equal((await get(port, '/en/articles/a/')).headers.get('x-article'), 'yes');
    assert.equal((await get(port, '/en/')).headers.get('x-article'), undefined);
    assert.equal((await get(port, '/en/')).headers.get('x-from-headers-file'), 'yes');
    assert.equal((await get(port, '/_headers')).status, 404);
    assert.equal((await get(port, '/en/', {}, 'POST')).headers.get('allow'), 'GET, HEAD');
  });

  test('slow headers and idle connections are closed, not held', async () => {
    const started = Date.now();
    const slow = await raw(port, 'GET /en/ HTTP/1.1\r\nHost: x\r\n', 5000);
    assert.ok(Date.now() - started < 3000, `held ${Date.now() - started} ms`);
    assert.ok(slow.status === 408 || slow.status === 0);
    const idleStart = Date.now();
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.resume();
      socket.on('close', () => resolve());
      socket.on('error', () => undefined);
    });
    assert.ok(Date.now() - idleStart < 3000, `idle socket held ${Date.now() - idleStart} ms`);
  });

  test('connections past the cap are closed at once and the server keeps answering', async () => {
    const capped = await start(site.out, { maxConnections: 5 });
    try {
      let closed = 0;
      const sockets = Array.from({ length: 20 }, () => {
        const socket = connect(capped.port, '127.0.0.1');
        socket.on('error', () => undefined);
        socket.on('close', () => (closed += 1));
        return socket;
      });
      await settle(300);
      assert.ok(closed >= 15, `${closed} of 20 closed`);
      const live = await new Promise<number>((resolve) => capped.server.getConnections((_error, count) => resolve(count)));
      assert.ok(live <= 5, `${live} connections held`);
      for (const socket of sockets) socket.destroy();
      await settle(100);
      assert.equal((await get(capped.port, '/en/')).status, 200);
    } finally {
      await stop(capped.server);
    }
  });
});

