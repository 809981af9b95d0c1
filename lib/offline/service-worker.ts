// The service worker's source, written by the build (app/sw.js/route.ts) with that build's version:
// a new build is a new worker, which replaces the old one and deletes its cache, so no page stays
// stale for ever. Pages are network-first (the latest when online, the cached copy offline); Next's
// hashed assets are cache-first (their names change with their content); the lexicon slices
// network-first. It caches what the learner opened (articles, their slices, My words) and, from the
// start, the review page in both languages with its assets, so that reviews work offline once the
// site was loaded.
import { LEXICON_SLICES_PREFIX } from '@/lib/paths';

export function serviceWorkerSource(version: string, precache: readonly string[]): string {
  return `// Song Ngữ offline support, build ${JSON.stringify(version)} (generated: lib/offline/service-worker.ts)
const CACHE = ${JSON.stringify(`song-ngu-${version}`)};
const PRECACHE = ${JSON.stringify(precache)};

// A precached page is no use offline without the scripts and styles it loads (Next splits them per
// route, so the pages a learner opened need not have loaded them): each page's own /_next/static/
// assets are cached with it. They are found in the page's markup because only the build knows their
// hashed names, and this worker is written before Next names them.
const ASSET = /[/]_next[/]static[/][^"'\\s)\\\\]+/g;

async function precache(cache, path) {
  const response = await fetch(path, { cache: 'reload' });
  if (!response.ok) throw new Error('precache: ' + path + ' answered ' + response.status);
  const html = await response.clone().text();
  await cache.put(path, response);
  await cache.addAll([...new Set(html.match(ASSET) ?? [])]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(PRECACHE.map((path) => precache(cache, path)))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('song-ngu-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/_next/static/')) event.respondWith(cacheFirst(request));
  else if (request.mode === 'navigate' || url.pathname.startsWith(${JSON.stringify(LEXICON_SLICES_PREFIX)})) event.respondWith(networkFirst(request));
});
`;
}
