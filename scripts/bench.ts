// npm run bench — builds the site and measures it (not part of npm test; no timing is a pass/fail):
// Lighthouse (mobile preset) on the library and an article, the bytes of every article page by type,
// build and pipeline time for the real corpus and synthetic ones, the size of the data exports, and
// search at scale (scripts/bench-search.ts).
// Prints a table and writes the same figures to bench-results.json. `--full` adds the 1,000-article build.
// `--lighthouse-only`: no builds; the article pages' weight and Lighthouse on the current out/ (library,
// and the article page side by side with its script-free floor, scripts/bench-lighthouse.ts), merged
// into bench-results.json.
// It ends with the workbench's figures (scripts/bench-workbench.ts), printed by that script.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { z } from 'zod';
import { sampleTreePeak } from './bench-memory';
import { linkCopy } from './build-atomic';
import { ARTICLE_ROUTE_KINDS, entityOutputs, routeOutputs } from '../lib/build/plan';
import { articleVsFloor, lighthouseRun, medianRun, type ArticleVsFloor, type LighthouseRun } from './bench-lighthouse';
import { findChromium } from './find-chromium.mjs';

// BENCH_PORT: where the export is served while it is measured.
const PORT = Number(process.env.BENCH_PORT ?? 4599);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FULL = process.argv.includes('--full');
/** `--builds-only`: the corpus builds (section 1) and nothing else. `--sizes=100,1000` picks the synthetic corpora. */
const BUILDS_ONLY = process.argv.includes('--builds-only');
/**
 * `--verify`: after the rebuild, a full build of the same content, and both exports compared byte for
 * byte; `--verify=100` does it for the listed corpus sizes only (a third build of a large corpus is long).
 */
const verifyArgument = process.argv.find((arg) => arg === '--verify' || arg.startsWith('--verify='));
const verifies = (size: number) => verifyArgument === '--verify' || (verifyArgument?.slice('--verify='.length).split(',').map(Number).includes(size) ?? false);
const LIGHTHOUSE_ONLY = process.argv.includes('--lighthouse-only');
/** Lighthouse runs per page; each figure reported is the median. */
const LIGHTHOUSE_TIMES = 3;
const SIZES = process.argv.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length).split(',').map(Number) ?? (FULL ? [100, 1000] : [100]);
const machine = async () => {
  const os = await import('node:os');
  return { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGb: round(os.totalmem() / 1024 ** 3, 1), loadAverage: os.loadavg().map((load) => round(load, 1)) };
};
const CHROME = findChromium();
if (!CHROME) throw new Error('No Chromium: install one or set CHROME_PATH (see npm run test:e2e).');
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

const round = (value: number, digits = 0) => Number(value.toFixed(digits));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function countFiles(directory: string, extension: string): number {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(extension)).length;
}

/**
 * A corpus of `size` articles: the real five plus renamed copies, with the real entities, lexicon and
 * timeline. Each copy's headline is numbered: the card cache keys on a card's text, and copies with
 * the same headline would share all their cards and flatter the cache.
 */
function syntheticCorpus(size: number): string {
  const root = join(tmpdir(), `song-ngu-bench-${size}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'articles'), { recursive: true });
  cpSync('content/entities', join(root, 'entities'), { recursive: true });
  cpSync('content/lexicon', join(root, 'lexicon'), { recursive: true });
  cpSync('content/timeline.yaml', join(root, 'timeline.yaml'));
  const originals = readdirSync('content/articles').filter((file) => file.endsWith('.md'));
  for (let index = 0; index < size; index++) {
    const file = originals[index % originals.length] ?? '';
    const source = readFileSync(join('content/articles', file), 'utf8');
    const slug = file.replace(/\.md$/, '');
    if (index < originals.length) {
      writeFileSync(join(root, 'articles', file), source);
      continue;
    }
    const copy = `${slug}-${String(index).padStart(5, '0')}`;
    const numbered = source.replace(`slug: ${slug}`, `slug: ${copy}`).replace(HEADLINE, (_, vi: string, en: string) => `headline:\n  vi: ${vi} (bản ${index})\n  en: ${en} (copy ${index})`);
    writeFileSync(join(root, 'articles', `${copy}.md`), numbered);
  }
  return root;
}
const HEADLINE = /^headline:\n {2}vi: (.*)\n {2}en: (.*)$/m;

/** Edits one article of a corpus as an editor would: its English headline (its pages, the library and its own card change; its sentence cards show the Vietnamese headline and do not). */
function editOneArticle(root: string): string {
  const [file] = readdirSync(join(root, 'articles')).filter((name) => /-\d{5}\.md$/.test(name)).sort();
  if (!file) throw new Error(`no copy to edit in ${root}`);
  const path = join(root, 'articles', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(HEADLINE, (_, vi: string, en: string) => `headline:\n  vi: ${vi}\n  en: ${en}, edited`));
  return file;
}

function pipeline(contentDir?: string) {
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/bench-pipeline.ts'], { encoding: 'utf8', env: { ...process.env, ...(contentDir ? { SONG_NGU_CONTENT_DIR: contentDir } : {}) } });
  if (result.status !== 0) throw new Error(result.stderr);
  const parsed: unknown = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}');
  const { articles, perArticleMs } = typeof parsed === 'object' && parsed !== null && 'articles' in parsed && 'perArticleMs' in parsed ? parsed : { articles: 0, perArticleMs: 0 };
  return { articles: Number(articles), perArticleMs: round(Number(perArticleMs), 2) };
}

interface BuildFigures {
  seconds: number;
  /** Seconds per build step (`next build`, `write-share-pages`, `write-headers`), from the build's own lines. */
  steps: Record<string, number>;
  htmlPages: number;
  pngCards: number;
  cardsRendered: number;
  cardsFromCache: number;
  /** The most memory the build's whole process tree held at once (summed resident sets, sampled). */
  peakMemoryMb: number;
  /** The machine's 1-minute load average when the build ended: above the core count, other work shared the CPU. */
  loadAverage: number;
  /** User + system CPU seconds of the whole build (GNU time), null where /usr/bin/time is missing. */
  cpuSeconds: number | null;
}

const GNU_TIME = '/usr/bin/time';

const shareSummary = z.object({ cardsRendered: z.number(), cache: z.object({ hits: z.number() }) });

/**
 * `npm run build` for a content tree. Cold: no .next (Next's compile cache) and no card cache, as on a
 * fresh clone. Warm: both kept from the previous build, as on a deploy host that keeps its caches.
 */
async function build({ contentDir, cacheDir, cold }: { contentDir?: string; cacheDir: string; cold: boolean }): Promise<BuildFigures> {
  if (cold) {
    rmSync('.next', { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const start = performance.now();
  // GNU time adds up the CPU time of the whole tree (each process's waited-for children included):
  // unlike wall time, it does not grow when other work shares the machine.
  const cpuFile = join(tmpdir(), `song-ngu-bench-cpu-${process.pid}`);
  const timed = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S', '-o', cpuFile] : [];
  const [command = 'npm', ...args] = [...timed, 'npm', 'run', '--silent', 'build'];
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SONG_NGU_CACHE_DIR: cacheDir, ...(contentDir ? { SONG_NGU_CONTENT_DIR: contentDir } : {}) },
  });
  const stopSampling = sampleTreePeak(child.pid ?? 0);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const status = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  const peak = stopSampling();
  const seconds = (performance.now() - start) / 1000;
  if (status !== 0) throw new Error(`npm run build failed:\n${output.slice(-4000)}`);
  const steps = Object.fromEntries([...output.matchAll(/^build: step (.+) took ([\d.]+) s$/gm)].map(([, name = '', value = '0']) => [name, Number(value)]));
  const summaryLine = output.split('\n').find((line) => line.startsWith('{"sharePages"')) ?? '{}';
  const summary = shareSummary.parse(JSON.parse(summaryLine));
  return {
    seconds: round(seconds, 1),
    steps,
    htmlPages: countFiles('out', '.html'),
    pngCards: countFiles('out', '.png'),
    cardsRendered: summary.cardsRendered,
    cardsFromCache: summary.cache.hits,
    peakMemoryMb: round(peak / 1024 / 1024),
    loadAverage: round(loadavg()[0] ?? 0, 1),
    cpuSeconds: timed.length > 0 ? round(readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number).reduce((sum, value) => sum + value, 0), 1) : null,
  };
}

// --- 1. build time, incremental rebuild, memory and pipeline time by corpus size --------------------
/** The files of a directory tree, relative, sorted. */
function treeFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(directory, file)).isFile())
    .sort();
}

/**
 * How two exports differ: files only in one of them, and files whose bytes differ. Differences in a
 * planned output (lib/build/plan.ts, routeOutputs and entityOutputs: what an incremental build may reuse) or in the
 * set of files fail the check; a site-wide file is rendered by both builds, so a difference there is
 * not the plan's doing and is listed apart (sw.js carries its build's time by design).
 */
function compareExports(expected: string, actual: string) {
  const [left, right] = [treeFiles(expected), treeFiles(actual)];
  const rightSet = new Set(right);
  const leftSet = new Set(left);
  const entityIds = readdirSync(join(expected, 'en', 'entities'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const perArticle = new Set([
    ...readdirSync(join(expected, 'data', 'articles'))
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => ARTICLE_ROUTE_KINDS.flatMap((kind) => routeOutputs(kind, file.replace(/\.json$/, '')))),
    ...entityIds.flatMap(entityOutputs),
  ]);
  const isPerArticle = (file: string) => [...perArticle].some((output) => (output.endsWith('/') ? file.startsWith(output) : file.replace(/\.(br|gz)$/, '') === output));
  const differing = left.filter((file) => rightSet.has(file) && !readFileSync(join(expected, file)).equals(readFileSync(join(actual, file))));
  const differences = [
    ...left.filter((file) => !rightSet.has(file)).map((file) => `only in the full build: ${file}`),
    ...right.filter((file) => !leftSet.has(file)).map((file) => `only in the incremental build: ${file}`),
    ...differing.filter(isPerArticle).map((file) => `bytes differ: ${file}`),
  ];
  const siteWide = differing.filter((file) => !isPerArticle(file));
  return { files: left.length, identical: differences.length === 0, differences: differences.slice(0, 20), siteWideDiffering: siteWide };
}

interface CorpusFigures {
  articles: number;
  /** --verify: the rebuilt export against a full build of the same content. */
  verified?: ReturnType<typeof compareExports>;
  full?: BuildFigures & { secondsPerArticle: number };
  incremental?: BuildFigures & { edited: string };
  pipelinePerArticleMs?: number;
  /** Figures not measured but extrapolated linearly from the measured corpora (say so when printing). */
  extrapolated?: { fullSeconds: number; incrementalSeconds: number | null; htmlPages: number; pngCards: number };
}
const corpora: CorpusFigures[] = [];
for (const size of LIGHTHOUSE_ONLY ? [] : SIZES) {
  const directory = syntheticCorpus(size);
  const cacheDir = join(tmpdir(), `song-ngu-bench-cache-${size}`);
  console.error(`bench: building a synthetic corpus of ${size} articles, cold…`);
  const full = await build({ contentDir: directory, cacheDir, cold: true });
  const edited = editOneArticle(directory);
  console.error(`bench: rebuilding it after editing ${edited}…`);
  const incremental = await build({ contentDir: directory, cacheDir, cold: false });
  let verified: CorpusFigures['verified'];
  if (verifies(size)) {
    // The rebuilt export is kept aside (hard links: Next unlinks out/'s files and writes new ones), and the same content is built
    // again in full: without the last good build's record the plan renders every route.
    const kept = join(tmpdir(), `song-ngu-bench-incremental-out-${size}`);
    rmSync(kept, { recursive: true, force: true });
    linkCopy('out', kept);
    rmSync(join(cacheDir, 'build', 'last-good.json'), { force: true });
    console.error('bench: building it again in full, to compare…');
    await build({ contentDir: directory, cacheDir, cold: false });
    verified = compareExports('out', kept);
    rmSync(kept, { recursive: true, force: true });
    console.error(
      `bench: the incremental export's files and per-article outputs ${verified.identical ? 'equal' : 'DIFFER FROM'} the full build's (${verified.files} files)${verified.differences.map((line) => `\n  ${line}`).join('')}` +
        `\nbench: site-wide files (rendered by both builds) that differ: ${verified.siteWideDiffering.join(', ') || 'none'}`,
    );
  }
  corpora.push({
    articles: size,
    full: { ...full, secondsPerArticle: round(full.seconds / size, 3) },
    incremental: { ...incremental, edited },
    ...(verified ? { verified } : {}),
    pipelinePerArticleMs: pipeline(directory).perArticleMs,
  });
  rmSync(cacheDir, { recursive: true, force: true });
}
if (!SIZES.includes(1000) && !BUILDS_ONLY && !LIGHTHOUSE_ONLY) {
  const directory = syntheticCorpus(1000);
  corpora.push({ articles: 1000, pipelinePerArticleMs: pipeline(directory).perArticleMs });
}
// 10,000 articles are not built (about ten times the 1,000-article build): the row is the line
// through the measured corpora, each figure a per-article slope plus the fixed cost.
{
  const measured = corpora.filter((corpus) => corpus.full && corpus.incremental);
  const [small, large] = [measured[0], measured.at(-1)];
  if (small?.full && large?.full && small.incremental && large.incremental) {
    const line = (pick: (corpus: CorpusFigures) => number, at: number) => {
      if (small === large) return round((pick(small) / small.articles) * at);
      const slope = (pick(large) - pick(small)) / (large.articles - small.articles);
      return round(pick(large) + slope * (at - large.articles));
    };
    corpora.push({
      articles: 10000,
      extrapolated: {
        fullSeconds: line((corpus) => corpus.full?.seconds ?? 0, 10000),
        // A rebuild is mostly fixed cost (compiling, the site-wide routes), not proportional to the site:
        // it takes two measured sizes to draw its line.
        incrementalSeconds: small === large ? null : line((corpus) => corpus.incremental?.seconds ?? 0, 10000),
        htmlPages: line((corpus) => corpus.full?.htmlPages ?? 0, 10000),
        pngCards: line((corpus) => corpus.full?.pngCards ?? 0, 10000),
      },
    });
  }
}
if (BUILDS_ONLY) {
  // Only the build figures: they replace the corpora of an earlier bench-results.json, the rest is kept.
  const previous: unknown = existsSync('bench-results.json') ? JSON.parse(readFileSync('bench-results.json', 'utf8')) : {};
  const kept = typeof previous === 'object' && previous !== null ? previous : {};
  writeFileSync('bench-results.json', `${JSON.stringify({ ...kept, buildsDate: new Date().toISOString(), buildsMachine: await machine(), corpora }, null, 2)}\n`);
  printBuilds();
  process.exit(corpora.some((corpus) => corpus.verified && !corpus.verified.identical) ? 1 : 0);
}

if (LIGHTHOUSE_ONLY) {
  if (!existsSync('out/index.html')) throw new Error('bench --lighthouse-only measures the current out/: run npm run build first.');
} else {
  console.error('bench: building the real site…');
  const realCache = join(tmpdir(), 'song-ngu-bench-cache-real');
  const realBuild = await build({ cacheDir: realCache, cold: true });
  rmSync(realCache, { recursive: true, force: true });
  const realPipeline = pipeline();
  corpora.unshift({ articles: realPipeline.articles, full: { ...realBuild, secondsPerArticle: round(realBuild.seconds / realPipeline.articles, 3) }, pipelinePerArticleMs: realPipeline.perArticleMs });
}

// --- 2. serve the export -----------------------------------------------------------------------
const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
for (let attempt = 0; attempt < 50; attempt++) {
  const ok = await fetch(`${ORIGIN}/en/`).then((response) => response.ok, () => false);
  if (ok) break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const slugs = readdirSync('out/data/articles').filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, '')).sort();
const sampleSlug = slugs[0] ?? '';

/** Section 4: Lighthouse, mobile preset — the library, and the article page beside its floor. */
async function lighthouseFigures(): Promise<{ lighthouse: LighthouseRun[]; articleVsFloor: ArticleVsFloor }> {
  console.error(`bench: Lighthouse, ${LIGHTHOUSE_TIMES} runs a page (load average ${loadavg().map((load) => load.toFixed(1)).join(' ')})…`);
  const libraryRuns: LighthouseRun[] = [];
  for (let time = 0; time < LIGHTHOUSE_TIMES; time++) libraryRuns.push(await lighthouseRun(ORIGIN, '/en/', CHROME ?? '', CHROME_FLAGS));
  const article = await articleVsFloor({ out: 'out', origin: ORIGIN, articlePath: `/en/articles/${sampleSlug}/`, chromePath: CHROME ?? '', chromeFlags: CHROME_FLAGS, times: LIGHTHOUSE_TIMES });
  return { lighthouse: [medianRun(libraryRuns), article.article], articleVsFloor: article };
}

function printLighthouse(lighthouse: LighthouseRun[], floor: ArticleVsFloor): void {
  console.log(`\nLighthouse (mobile preset, simulated throttling), median of ${LIGHTHOUSE_TIMES} runs`);
  console.table(lighthouse);
  console.log(`Article page beside its floor (every script removed), same server, same run, median of ${LIGHTHOUSE_TIMES} runs each`);
  const row = (run: LighthouseRun) => ({ performance: run.performance, lcpMs: run.lcpMs, fcpMs: run.fcpMs, tbtMs: run.tbtMs, cls: run.cls, jsGzip: kb(run.jsBytes), totalGzip: kb(run.totalBytes) });
  console.table({ article: row(floor.article), floor: row(floor.floor) });
  console.log(`LCP / floor LCP: ${floor.lcpRatio} (target ≤ 1.2)`);
}

try {
  // --- 3. bytes per article page, by type ------------------------------------------------------
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.filter((flag) => flag !== '--headless=new') });
  const pages: Record<string, unknown>[] = [];
  for (const slug of slugs) {
    const page = await browser.newPage();
    const byType: Record<string, { raw: number; compressed: number; requests: number }> = {};
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response.body().then(
          (body) => {
            const type = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image' }[response.request().resourceType()] ?? 'other';
            const compressible = /^(text\/|application\/(json|javascript|xml)|image\/svg)/.test(response.headers()['content-type'] ?? '');
            const entry = (byType[type] ??= { raw: 0, compressed: 0, requests: 0 });
            entry.raw += body.length;
            entry.compressed += compressible ? gzipSync(body).length : body.length;
            entry.requests += 1;
          },
          () => undefined,
        ),
      );
    });
    await page.goto(`${ORIGIN}/en/articles/${slug}/`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    await page.close();
    const data: unknown = JSON.parse(readFileSync(`out/data/articles/${slug}.json`, 'utf8'));
    const texts = collectTexts(data);
    const textGzip = gzipSync(Buffer.from(texts)).length;
    const total = Object.values(byType).reduce((sum, entry) => sum + entry.compressed, 0);
    pages.push({ slug, byType, totalCompressed: total, textGzip, ratioToText: round(total / textGzip, 1) });
  }
  // Reading needs no JavaScript: with scripts off, every sentence is there in both languages.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const noScriptPage = await noScript.newPage();
  await noScriptPage.goto(`${ORIGIN}/en/articles/${sampleSlug}/`);
  const cellsWithoutJs = await noScriptPage.locator('.article-body [data-align]').count();
  await browser.close();

  if (LIGHTHOUSE_ONLY) {
    const figures = { ...(await lighthouseFigures()), pages, cellsWithoutJs };
    const previous: unknown = existsSync('bench-results.json') ? JSON.parse(readFileSync('bench-results.json', 'utf8')) : {};
    const kept = typeof previous === 'object' && previous !== null ? previous : {};
    writeFileSync('bench-results.json', `${JSON.stringify({ ...kept, lighthouseDate: new Date().toISOString(), lighthouseMachine: await machine(), ...figures }, null, 2)}\n`);
    printLighthouse(figures.lighthouse, figures.articleVsFloor);
    printPages(pages, cellsWithoutJs);
    console.log('Written to bench-results.json');
    server.kill();
    process.exit(0);
  }
  // --- 4. Lighthouse, mobile preset --------------------------------------------------------------
  const { lighthouse: lighthouseRuns, articleVsFloor: floor } = await lighthouseFigures();

  // --- 5. exports --------------------------------------------------------------------------------
  const searchIndexBytes = readdirSync('out/search-index', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json')).reduce((sum, file) => sum + statSync(join('out/search-index', file)).size, 0);
  const jsonBytes = slugs.map((slug) => statSync(`out/data/articles/${slug}.json`).size);
  const exportsPerArticle = {
    searchIndexBytesPerArticle: round(searchIndexBytes / slugs.length),
    articleJsonBytesAverage: round(jsonBytes.reduce((a, b) => a + b, 0) / jsonBytes.length),
  };

  // --- search at scale (npm run bench:search: its own tables, its figures here) ----------------
  const search = benchSearch();

  // The translator's workbench (npm run bench:workbench): its own run, its figures folded in here.
  const workbenchRun = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/bench-workbench.ts'], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  const workbench: unknown = workbenchRun.status === 0 ? JSON.parse(readFileSync('bench-workbench.json', 'utf8')) : { failed: workbenchRun.status };

  const results = { date: new Date().toISOString(), machine: await machine(), lighthouse: lighthouseRuns, articleVsFloor: floor, pages, cellsWithoutJs, corpora, exportsPerArticle, search, workbench };
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);

  printLighthouse(lighthouseRuns, floor);
  printPages(pages, cellsWithoutJs);
  printBuilds();
  console.log(`Search index, all files: ${kb(searchIndexBytes)} (${kb(exportsPerArticle.searchIndexBytesPerArticle)} per article); article JSON: ${kb(exportsPerArticle.articleJsonBytesAverage)} on average`);
  console.log('Written to bench-results.json');
} finally {
  server.kill();
}

function printPages(pages: Record<string, unknown>[], cellsWithoutJs: number): void {
  console.log(`Article pages: bytes transferred by type (gzip where the server compresses)`);
  console.table(
    pages.map((page) => {
      const byType = typeof page.byType === 'object' && page.byType !== null ? Object.entries(page.byType) : [];
      return {
        slug: String(page.slug).slice(0, 32),
        ...Object.fromEntries(byType.map(([type, entry]) => [type, `${kb(entry.raw)} → ${kb(entry.compressed)}`])),
        total: kb(Number(page.totalCompressed)),
        'text gzip': kb(Number(page.textGzip)),
        'total / text': page.ratioToText,
      };
    }),
  );
  console.log(`Reading without JavaScript: ${cellsWithoutJs} sentence cells rendered on ${String(pages[0]?.slug ?? '')}`);
}

/** Runs npm run bench:search with its tables on this terminal; its last line is its figures as JSON. */
function benchSearch(): unknown {
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/bench-search.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error('bench:search failed');
  const lines = result.stdout.trim().split('\n');
  console.log(lines.slice(0, -1).join('\n'));
  return JSON.parse(lines.at(-1) ?? '{}');
}

/** Every "text" value in an article export: the article's own words, the floor for its transfer size. */
function collectTexts(value: unknown): string {
  if (Array.isArray(value)) return value.map(collectTexts).join('\n');
  if (typeof value !== 'object' || value === null) return '';
  return Object.entries(value)
    .map(([key, child]) => (key === 'text' && typeof child === 'string' ? child : key !== 'annotations' && typeof child === 'object' ? collectTexts(child) : ''))
    .filter(Boolean)
    .join('\n');
}

function printBuilds(): void {
  console.log('Build by corpus size: cold (no .next, no card cache), then after editing one article (caches kept)');
  console.table(
    corpora.map((corpus) => ({
      articles: corpus.articles,
      'full build s': corpus.full?.seconds ?? (corpus.extrapolated ? `≈${corpus.extrapolated.fullSeconds} (extrapolated)` : 'not run (--full)'),
      'next / share / headers s': corpus.full ? ['next build', 'write-share-pages', 'write-headers'].map((step) => corpus.full?.steps[step] ?? '?').join(' / ') : '',
      'CPU s (full / incr.)': corpus.full ? `${corpus.full.cpuSeconds ?? '?'} / ${corpus.incremental?.cpuSeconds ?? '–'}` : '',
      'incremental s': corpus.incremental?.seconds ?? (corpus.extrapolated ? (corpus.extrapolated.incrementalSeconds === null ? 'needs two corpus sizes' : `≈${corpus.extrapolated.incrementalSeconds} (extrapolated)`) : ''),
      'cards rendered (incr.)': corpus.incremental?.cardsRendered ?? '',
      load: corpus.full ? `${corpus.full.loadAverage} / ${corpus.incremental?.loadAverage ?? '–'}` : '',
      'peak MB': corpus.full ? Math.max(corpus.full.peakMemoryMb, corpus.incremental?.peakMemoryMb ?? 0) : '',
      'html pages': corpus.full?.htmlPages ?? corpus.extrapolated?.htmlPages ?? '',
      'png cards': corpus.full?.pngCards ?? corpus.extrapolated?.pngCards ?? '',
      'pipeline ms / article': corpus.pipelinePerArticleMs ?? '',
      ...(verifyArgument ? { 'rebuild = full build': corpus.verified ? (corpus.verified.identical ? `yes (${corpus.verified.files} files)` : 'NO') : '' } : {}),
    })),
  );
  // Each step of each build; "check:content and start" is what npm run build spends outside build-atomic's steps.
  console.log('Build steps, seconds');
  console.table(
    corpora.flatMap((corpus) =>
      (
        [
          ['cold', corpus.full],
          ['one article edited', corpus.incremental],
        ] as const
      ).flatMap(([label, figures]) =>
        figures ? [{ articles: corpus.articles, build: label, ...figures.steps, 'check:content and start': round(figures.seconds - Object.values(figures.steps).reduce((sum, value) => sum + value, 0), 1), total: figures.seconds }] : [],
      ),
    ),
  );
}
