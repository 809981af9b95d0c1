// Lighthouse for npm run bench (mobile preset, simulated throttling): the median of several runs of a
// page, and the article page side by side with its floor — the same page with every script removed,
// written under the served out/ for the run (with its .br/.gz, so it is served as the page is) and
// removed afterwards, so both are measured by the same server in the same run, turn about.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseRun {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes transferred (compressed as served), all resources and scripts only. */
  totalBytes: number;
  jsBytes: number;
  renderBlocking: number;
  error?: string;
}

const NUMERIC = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'fcpMs', 'tbtMs', 'cls', 'totalBytes', 'jsBytes', 'renderBlocking'] as const;
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/** The page without scripts: every <script> element and every script preload removed. Pure. */
export function stripScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '').replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '');
}

/** Each figure's median over the runs (figure by figure, so one slow run moves no figure). Pure. */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const [first] = runs;
  if (!first) throw new Error('medianRun: no runs');
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  };
  const result: LighthouseRun = { ...first };
  for (const key of NUMERIC) result[key] = median(runs.map((run) => run[key]));
  const errors = runs.flatMap((run) => (run.error ? [run.error] : []));
  if (errors.length) result.error = errors.join(', ');
  else delete result.error;
  return result;
}

/** One Lighthouse run, retried when the run reports a runtime error (a busy machine). */
export async function lighthouseRun(origin: string, path: string, chromePath: string, chromeFlags: string[], attempts = 3): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
    try {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (lhr.runtimeError && attempt < attempts) {
        console.error(`bench: Lighthouse on ${path}: ${lhr.runtimeError.code}; trying again`);
        continue;
      }
      const score = (id: string) => round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const resources = lhr.audits['resource-summary']?.details;
      const items = resources && 'items' in resources && Array.isArray(resources.items) ? resources.items : [];
      const scriptBytes = items.find((item: unknown) => typeof item === 'object' && item !== null && 'resourceType' in item && item.resourceType === 'script');
      const renderBlocking = lhr.audits['render-blocking-resources']?.details;
      return {
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: round(audit('largest-contentful-paint')),
        fcpMs: round(audit('first-contentful-paint')),
        tbtMs: round(audit('total-blocking-time')),
        cls: round(audit('cumulative-layout-shift'), 3),
        totalBytes: round(audit('total-byte-weight')),
        jsBytes: scriptBytes && typeof scriptBytes === 'object' && 'transferSize' in scriptBytes ? Number(scriptBytes.transferSize) : 0,
        renderBlocking: renderBlocking && 'items' in renderBlocking && Array.isArray(renderBlocking.items) ? renderBlocking.items.length : 0,
        ...(lhr.runtimeError ? { error: lhr.runtimeError.code } : {}),
      };
    } finally {
      chrome.kill();
    }
  }
}

export interface ArticleVsFloor {
  article: LighthouseRun;
  floor: LighthouseRun;
  /** The article's median LCP over the floor's (the target: ≤ 1.2). */
  lcpRatio: number;
  runs: { article: LighthouseRun[]; floor: LighthouseRun[] };
}

/** The article page and its floor, `times` runs each, taken turn about; medians and the LCP ratio. */
export async function articleVsFloor(options: { out: string; origin: string; articlePath: string; chromePath: string; chromeFlags: string[]; times?: number }): Promise<ArticleVsFloor> {
  const { out, origin, articlePath, chromePath, chromeFlags, times = 3 } = options;
  const floorPath = `/__bench-floor-${process.pid}/`;
  const floorDirectory = join(out, ...floorPath.split('/').filter(Boolean));
  const floorHtml = Buffer.from(stripScripts(readFileSync(join(out, ...articlePath.split('/').filter(Boolean), 'index.html'), 'utf8')));
  mkdirSync(floorDirectory, { recursive: true });
  const runs: ArticleVsFloor['runs'] = { article: [], floor: [] };
  try {
    writeFileSync(join(floorDirectory, 'index.html'), floorHtml);
    writeFileSync(join(floorDirectory, 'index.html.gz'), gzipSync(floorHtml, { level: 9 }));
    writeFileSync(join(floorDirectory, 'index.html.br'), brotliCompressSync(floorHtml));
    for (let time = 0; time < times; time++) {
      runs.article.push(await lighthouseRun(origin, articlePath, chromePath, chromeFlags));
      runs.floor.push(await lighthouseRun(origin, floorPath, chromePath, chromeFlags));
    }
  } finally {
    rmSync(floorDirectory, { recursive: true, force: true });
  }
  const article = medianRun(runs.article);
  const floor = medianRun(runs.floor);
  return { article, floor, lcpRatio: round(article.lcpMs / floor.lcpMs, 2), runs };
}
