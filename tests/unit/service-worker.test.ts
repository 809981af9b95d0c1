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
