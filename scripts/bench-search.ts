// npm run bench:search — the chunked search index at scale, without a Next build: the real articles
// (analysed once) copied under new slugs into corpora of 100, 1,000 and 10,000 articles, as bench.ts
// copies them on disk; the index built in process as the build's routes build it. For each corpus:
// build time, files and size; for typical queries, what the first page of results downloads (gzip -9,
// the manifest included) and how long the query takes in Node. For 1,000 articles, the same queries
// in Chromium with the CPU slowed 4× (Lighthouse's mobile preset), from a local server, once without
// and once with Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s). Prints tables; the last
// line of stdout is the same figures as JSON (bench.ts reads it into bench-results.json).
// `--sizes=100,1000` picks the corpora.
import { createServer, type Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build as bundle } from 'esbuild';
import { getAnalysedArticles } from '../lib/article';
import { getEntityIndex } from '../lib/entities';
import { buildSearchIndex, type SearchIndex } from '../lib/search/build-index';
import { searchCorpus, type SearchCorpus } from '../lib/search/documents';
import { findMatches, loadFirstPage, type SearchSource } from '../lib/search/engine';
import { findChromium } from './find-chromium.mjs';

const QUERIES = ['binh nhuong', 'doi tac', 'hiệp ước', 'Kim Jong', 'treaty', 'Pyongyang', 'Putin', 'chiến lược toàn diện'];
const sizesArgument = process.argv.find((argument) => argument.startsWith('--sizes='));
const SIZES = sizesArgument ? sizesArgument.slice('--sizes='.length).split(',').map(Number) : [100, 1000, 10000];
const BROWSER_SIZE = 1000;
const PORT = 4626;
const RUNS = 5;

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

// Other work on the machine slows the throttled browser most: say how busy it was.
const machine = () => ({ cpus: cpus().length, model: cpus()[0]?.model ?? '', loadAverage: loadavg().map((load) => Number(load.toFixed(2))) });
const machineAtStart = machine();

const real = searchCorpus(getAnalysedArticles(), getEntityIndex().list);

/** `size` articles: the real ones, then renamed copies (the entities' prominence scaled alike). */
function syntheticCorpus(size: number): SearchCorpus {
  const copies = Math.ceil(size / real.articles.length);
  return {
    articles: Array.from({ length: size }, (_, index) => {
      const article = real.articles[index % real.articles.length];
      if (!article) throw new Error('no articles');
      return index < real.articles.length ? article : { ...article, slug: `${article.slug}-${String(index).padStart(5, '0')}` };
    }),
    entities: real.entities.map((entity) => ({ ...entity, mentions: entity.mentions * copies })),
  };
}

/** A source over the built files that counts what a query downloads, as the browser's cache would. */
function countingSource(index: SearchIndex, compressed: Map<string, number>) {
  const loaded = new Map<string, unknown>();
  let bytes = gzipped(JSON.stringify(index.manifest));
  const source: SearchSource = {
    manifest: index.manifest,
    load(file) {
      if (!loaded.has(file)) {
        const text = index.files.get(file);
        if (text === undefined) return Promise.reject(new Error(`no ${file}`));
        bytes += compressed.get(file) ?? 0;
        loaded.set(file, JSON.parse(text));
      }
      return Promise.resolve(loaded.get(file));
    },
  };
  return { source, bytes: () => bytes, files: () => loaded.size + 1 };
}

async function firstResults(source: SearchSource, query: string) {
  const matches = await findMatches(source, query);
  const shown = await loadFirstPage(source, matches);
  return { matches, shown };
}

// --- the index at each size, and the queries in Node ----------------------------------------------
const corpora = [];
let browserIndex: SearchIndex | undefined;
for (const size of SIZES) {
  const corpus = syntheticCorpus(size);
  const start = performance.now();
  const index = buildSearchIndex(corpus);
  const buildSeconds = (performance.now() - start) / 1000;
  const compressed = new Map([...index.files].map(([file, text]) => [file, gzipped(text)]));
  const shardSizes = [...compressed].filter(([file]) => /\/[tp]\d+\.json$/.test(file)).map(([, bytes]) => bytes);
  const rawBytes = [...index.files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const queries = [];
  for (const query of QUERIES) {
    const counted = countingSource(index, compressed);
    const { matches } = await firstResults(counted.source, query);
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const fresh = countingSource(index, compressed);
      const begin = performance.now();
      await firstResults(fresh.source, query);
      times.push(performance.now() - begin);
    }
    queries.push({ query, results: matches.total, files: counted.files(), transferredKb: kb(counted.bytes()), nodeMs: Number(median(times).toFixed(1)) });
  }
  corpora.push({
    articles: size,
    documents: index.manifest.entityCount + size + corpus.articles.reduce((sum, article) => sum + article.units.length, 0),
    buildSeconds: Number(buildSeconds.toFixed(2)),
    files: index.files.size + 1,
    totalKb: kb(rawBytes),
    totalGzipKb: kb([...compressed.values()].reduce((sum, bytes) => sum + bytes, 0)),
    manifestGzipKb: kb(gzipped(JSON.stringify(index.manifest))),
    shards: shardSizes.length,
    shardGzipMedianKb: kb(median(shardSizes)),
    shardGzipMaxKb: kb(Math.max(...shardSizes)),
    queries,
  });
  if (size === BROWSER_SIZE) browserIndex = index;
  console.error(`bench:search: ${size} articles indexed in ${buildSeconds.toFixed(1)} s`);
}

interface Measurement {
  /** Until the first result is on screen: the top group's first page. */
  ms: number;
  afterManifest: number;
  /** Until every group's first page is. */
  allMs: number;
  documentsMs: number;
  transferred: number;
  requests: number;
}
const isMeasurement = (value: unknown): value is Measurement =>
  typeof value === 'object' && value !== null && 'ms' in value && typeof value.ms === 'number' && 'afterManifest' in value && typeof value.afterManifest === 'number' && 'allMs' in value && typeof value.allMs === 'number' && 'documentsMs' in value && typeof value.documentsMs === 'number' && 'transferred' in value && typeof value.transferred === 'number' && 'requests' in value && typeof value.requests === 'number';

// --- the same queries in Chromium, CPU 4× slower ------------------------------------------------------
async function browserRuns(index: SearchIndex) {
  const chromePath = findChromium();
  if (!chromePath) return { skipped: 'no Chromium (set CHROME_PATH)' };
  const bundled = await bundle({
    stdin: {
      contents: `
        import { findMatches, loadFirstPage, topGroup } from './lib/search/engine';
        import { isSearchManifest } from './lib/search/format';
        // What the search page does for a first query: the manifest, the shards, the first page of
        // each group. The first result is on screen when the top group's page is (the page shows
        // each group as its files arrive); all of them when every group's is.
        window.benchQuery = async (query) => {
          const start = performance.now();
          const manifest = await (await fetch('/index/manifest.json')).json();
          if (!isSearchManifest(manifest)) throw new Error('bad manifest');
          const files = new Map();
          const source = { manifest, load: (file) => { if (!files.has(file)) files.set(file, fetch('/index/' + file).then((response) => response.json())); return files.get(file); } };
          const manifestLoaded = performance.now();
          const matches = await findMatches(source, query);
          const matched = performance.now();
          const top = topGroup(matches);
          let topShown = matched;
          await loadFirstPage(source, matches, (kind) => { if (kind === top) topShown = performance.now(); });
          const end = performance.now();
          const transferred = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/index/')).reduce((sum, entry) => sum + entry.transferSize, 0);
          return { ms: topShown - start, afterManifest: topShown - manifestLoaded, allMs: end - start, documentsMs: end - matched, transferred, requests: files.size + 1 };
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
  });
  const script = bundled.outputFiles[0]?.text ?? '';
  const served = new Map<string, Buffer>([['/index/manifest.json', gzipSync(JSON.stringify(index.manifest), { level: 9 })]]);
  for (const [file, text] of index.files) served.set(`/index/${file}`, gzipSync(text, { level: 9 }));
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/') return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>bench</title><script src="/bench.js"></script>');
    if (path === '/bench.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    const body = served.get(path);
    if (!body) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${PORT}`;
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  const profiles = [
    { name: 'CPU 4×, loopback', network: null },
    { name: 'CPU 4×, 150 ms RTT, 1.6 Mbit/s', network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
  ];
  const results = [];
  try {
    for (const profile of profiles) {
      for (const query of QUERIES) {
        const times: number[] = [];
        const afterManifest: number[] = [];
        const all: number[] = [];
        const documents: number[] = [];
        let transferred = 0;
        let requests = 0;
        for (let run = 0; run < 3; run++) {
          const page = await browser.newPage();
          const cdp = await page.context().newCDPSession(page);
          await page.goto(origin);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
          if (profile.network) {
            await cdp.send('Network.enable');
            await cdp.send('Network.emulateNetworkConditions', profile.network);
          }
          const measured: unknown = await page.evaluate(`benchQuery(${JSON.stringify(query)})`);
          if (!isMeasurement(measured)) throw new Error(`bench:search: no measurement for ${query}`);
          times.push(measured.ms);
          afterManifest.push(measured.afterManifest);
          all.push(measured.allMs);
          documents.push(measured.documentsMs);
          transferred = measured.transferred;
          requests = measured.requests;
          await page.close();
        }
        results.push({ profile: profile.name, query, requests, transferredKb: kb(transferred), firstResultMs: Math.round(median(times)), withManifestLoadedMs: Math.round(median(afterManifest)), allGroupsMs: Math.round(median(all)), documentsOfAllMs: Math.round(median(documents)) });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { articles: BROWSER_SIZE, runs: 3, results };
}

const browser = browserIndex ? await browserRuns(browserIndex) : { skipped: `no ${BROWSER_SIZE}-article corpus in --sizes` };

console.log('Search index by corpus size (gzip -9)');
console.table(corpora.map((corpus) => Object.fromEntries(Object.entries(corpus).filter(([key]) => key !== 'queries'))));
for (const corpus of corpora) {
  console.log(`First page of results at ${corpus.articles} articles (manifest included; Node, median of ${RUNS})`);
  console.table(corpus.queries);
}
if ('results' in browser) {
  console.log(`Chromium, ${BROWSER_SIZE} articles, first query on a fresh page (median of 3; transfer as the browser counts it, headers included)`);
  console.table(browser.results);
} else console.log(`Chromium: skipped (${browser.skipped})`);
const machineAtEnd = machine();
console.log(`Machine: ${machineAtEnd.cpus} × ${machineAtEnd.model}, Node ${process.version}; load average ${machineAtStart.loadAverage.join(' ')} at the start, ${machineAtEnd.loadAverage.join(' ')} at the end`);
console.log(JSON.stringify({ date: new Date().toISOString(), node: process.version, machine: { ...machineAtEnd, loadAverageAtStart: machineAtStart.loadAverage }, corpora, browser }));
