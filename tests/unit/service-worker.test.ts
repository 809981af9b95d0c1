import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Script } from 'node:vm';
import { serviceWorkerSource } from '../../lib/offline/service-worker';

test('the service worker is valid JavaScript naming its build, precaching the review pages and dropping older caches', () => {
  const source = serviceWorkerSource('2026-11-30T08:00:00.000Z', ['/en/review/', '/vi/review/']);
  assert.doesNotThrow(() => new Script(source));
  assert.match(source, /const CACHE = "song-ngu-2026-11-30T08:00:00.000Z";/);
  assert.match(source, /const PRECACHE = \["\/en\/review\/","\/vi\/review\/"\];/);
  assert.match(source, /key\.startsWith\('song-ngu-'\) && key !== CACHE/);
  // Two builds, two caches: an update replaces the worker and its pages.
  assert.notEqual(serviceWorkerSource('a', []).match(/const CACHE = .*/)?.[0], serviceWorkerSource('b', []).match(/const CACHE = .*/)?.[0]);
});

test('a precached page brings the hashed assets its markup names, each once', async () => {
  const source = serviceWorkerSource('v', ['/en/review/']);
  const page = '<link rel="stylesheet" href="/_next/static/css/a1.css"><script src="/_next/static/chunks/b2.js"></script><script>self.__next_f.push([1,"/_next/static/chunks/b2.js"])</script>';
  const stored = new Map<string, unknown>();
  const listeners = new Map<string, (event: { waitUntil: (work: Promise<unknown>) => void }) => void>();
  const cache = {
    put: async (path: string, value: unknown) => void stored.set(path, value),
    addAll: async (paths: string[]) => paths.forEach((path) => stored.set(path, 'asset')),
  };
  const work: Promise<unknown>[] = [];
  const context = {
    self: { addEventListener: (name: string, listener: (event: { waitUntil: (work: Promise<unknown>) => void }) => void) => listeners.set(name, listener), skipWaiting: async () => undefined },
    caches: { open: async () => cache },
    fetch: async () => new Response(page, { status: 200 }),
    Response,
  };
  new Script(source).runInNewContext(context);
  listeners.get('install')?.({ waitUntil: (promise) => work.push(promise) });
  await Promise.all(work);
  assert.deepEqual([...stored.keys()].sort(), ['/_next/static/chunks/b2.js', '/_next/static/css/a1.css', '/en/review/']);
});
