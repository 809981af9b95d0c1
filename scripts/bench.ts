// npm run bench — builds the site and measures it (not part of npm test; no timing is a pass/fail):
// Lighthouse (mobile preset) on the library and an article, the bytes of every article page by type,
// build and pipeline time for the real corpus and synthetic ones, and the size of the data exports.
// Prints a table and writes the same figures to bench-results.json. `--full` adds the 1,000-article build.
// It ends with the workbench's figures (scripts/bench-workbench.ts), printed by that script.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './find-chromium.mjs';

const PORT = 4599;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FULL = process.argv.includes('--full');
const CHROME = findChromium();
if (!CHROME) throw new Error('No Chromium: install one or set CHROME_PATH (see npm run test:e2e).');
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

const round = (value: number, digits = 0) => Number(value.toFixed(digits));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return (performance.now() - start) / 1000;
}

function countFiles(directory: string, extension: string): number {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(extension)).length;
}

/** A corpus of `size` articles: the real five plus renamed copies, with the real entities, lexicon and timeline. */
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
    const copy = index < originals.length ? slug : `${slug}-${String(index).padStart(4, '0')}`;
    writeFileSync(join(root, 'articles', `${copy}.md`), source.replace(`slug: ${slug}`, `slug: ${copy}`));
  }
  return root;
}

function pipeline(contentDir?: string) {
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/bench-pipeline.ts'], { encoding: 'utf8', env: { ...process.env, ...(contentDir ? { SONG_NGU_CONTENT_DIR: contentDir } : {}) } });
  if (result.status !== 0) throw new Error(result.stderr);
  const parsed: unknown = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}');
  const { articles, perArticleMs } = typeof parsed === 'object' && parsed !== null && 'articles' in parsed && 'perArticleMs' in parsed ? parsed : { articles: 0, perArticleMs: 0 };
  return { articles: Number(articles), perArticleMs: round(Number(perArticleMs), 2) };
}

function build(contentDir?: string) {
  rmSync('.next', { recursive: true, force: true });
  const seconds = run('npm', ['run', '--silent', 'build'], contentDir ? { SONG_NGU_CONTENT_DIR: contentDir } : {});
  return { seconds: round(seconds, 1), htmlPages: countFiles('out', '.html'), pngCards: countFiles('out', '.png') };
}

// --- 1. build time and pipeline time by corpus size ------------------------------------------
const corpora: { articles: number; build?: { seconds: number; htmlPages: number; pngCards: number; secondsPerArticle: number }; pipelinePerArticleMs: number }[] = [];
for (const size of FULL ? [100, 1000] : [100]) {
  const directory = syntheticCorpus(size);
  console.error(`bench: building a synthetic corpus of ${size} articles…`);
  const built = build(directory);
  corpora.push({ articles: size, build: { ...built, secondsPerArticle: round(built.seconds / size, 3) }, pipelinePerArticleMs: pipeline(directory).perArticleMs });
}
if (!FULL) {
  const directory = syntheticCorpus(1000);
  corpora.push({ articles: 1000, pipelinePerArticleMs: pipeline(directory).perArticleMs });
}
console.error('bench: building the real site…');
const realBuild = build();
const realPipeline = pipeline();
corpora.unshift({ articles: realPipeline.articles, build: { ...realBuild, secondsPerArticle: round(realBuild.seconds / realPipeline.articles, 3) }, pipelinePerArticleMs: realPipeline.perArticleMs });

// --- 2. serve the export -----------------------------------------------------------------------
const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
for (let attempt = 0; attempt < 50; attempt++) {
  const ok = await fetch(`${ORIGIN}/en/`).then((response) => response.ok, () => false);
  if (ok) break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const slugs = readdirSync('out/data/articles').map((file) => file.replace(/\.json$/, '')).sort();
const sampleSlug = slugs[0] ?? '';

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

  // --- 4. Lighthouse, mobile preset --------------------------------------------------------------
  const lighthouseRuns: Record<string, unknown>[] = [];
  // A run can fail on a busy machine (Lighthouse then reports a runtime error and no metrics): retry.
  const ATTEMPTS = 3;
  for (const path of ['/en/', `/en/articles/${sampleSlug}/`]) for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
    try {
      const result = await lighthouse(`${ORIGIN}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (lhr.runtimeError && attempt < ATTEMPTS) {
        console.error(`bench: Lighthouse on ${path}: ${lhr.runtimeError.code}; trying again`);
        continue;
      }
      const score = (id: string) => round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const resources = lhr.audits['resource-summary']?.details;
      const items = resources && 'items' in resources && Array.isArray(resources.items) ? resources.items : [];
      const scriptBytes = items.find((item: unknown) => typeof item === 'object' && item !== null && 'resourceType' in item && item.resourceType === 'script');
      const renderBlocking = lhr.audits['render-blocking-resources']?.details;
      lighthouseRuns.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: round(audit('largest-contentful-paint')),
        tbtMs: round(audit('total-blocking-time')),
        cls: round(audit('cumulative-layout-shift'), 3),
        totalBytes: round(audit('total-byte-weight')),
        jsBytes: scriptBytes && typeof scriptBytes === 'object' && 'transferSize' in scriptBytes ? Number(scriptBytes.transferSize) : 0,
        renderBlocking: renderBlocking && 'items' in renderBlocking && Array.isArray(renderBlocking.items) ? renderBlocking.items.length : 0,
        ...(lhr.runtimeError ? { error: lhr.runtimeError.code } : {}),
      });
      break;
    } finally {
      chrome.kill();
    }
  }

  // --- 5. exports --------------------------------------------------------------------------------
  const searchIndexBytes = statSync('out/search-index.json').size;
  const jsonBytes = slugs.map((slug) => statSync(`out/data/articles/${slug}.json`).size);
  const exportsPerArticle = {
    searchIndexBytesPerArticle: round(searchIndexBytes / slugs.length),
    articleJsonBytesAverage: round(jsonBytes.reduce((a, b) => a + b, 0) / jsonBytes.length),
  };

  // The translator's workbench (npm run bench:workbench): its own run, its figures folded in here.
  const workbenchRun = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/bench-workbench.ts'], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  const workbench: unknown = workbenchRun.status === 0 ? JSON.parse(readFileSync('bench-workbench.json', 'utf8')) : { failed: workbenchRun.status };

  const results = { date: new Date().toISOString(), machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, lighthouse: lighthouseRuns, pages, cellsWithoutJs, corpora, exportsPerArticle, workbench };
  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);

  console.log('\nLighthouse (mobile preset, simulated throttling)');
  console.table(lighthouseRuns);
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
  console.log(`Reading without JavaScript: ${cellsWithoutJs} sentence cells rendered on ${sampleSlug}`);
  console.log('Build and pipeline by corpus size');
  console.table(corpora.map((corpus) => ({ articles: corpus.articles, 'build s': corpus.build?.seconds ?? 'not run (--full)', 's / article': corpus.build?.secondsPerArticle ?? '', 'html pages': corpus.build?.htmlPages ?? '', 'png cards': corpus.build?.pngCards ?? '', 'pipeline ms / article': corpus.pipelinePerArticleMs })));
  console.log(`Search index: ${kb(searchIndexBytes)} (${kb(exportsPerArticle.searchIndexBytesPerArticle)} per article); article JSON: ${kb(exportsPerArticle.articleJsonBytesAverage)} on average`);
  console.log('Written to bench-results.json');
} finally {
  server.kill();
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

