// npm run bench:load — drives `npm start` on loopback with autocannon for 30 s against an article
// page and the assets it loads, and prints requests per second, latency (p50, p99) and errors.
// A benchmark, not a test: it needs a build (npm run build) and reports, it does not judge.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const PORT = Number(process.env.PORT ?? 4600);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);

const slug = readdirSync('out/data/articles').map((file) => file.replace(/\.json$/, '')).sort()[0];
if (!slug) throw new Error('No build: run npm run build first.');
const pagePath = `/en/articles/${slug}/`;
// The page and every same-origin asset its HTML references (scripts, styles, preloaded fonts, icon).
const html = readFileSync(`out${pagePath}index.html`, 'utf8');
const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/[^"]+|\/[^"]+\.(?:js|css|woff2|svg))"/g)].map((match) => match[1] ?? ''))].filter(Boolean);
const requests = [pagePath, ...assets].map((path) => ({ method: 'GET' as const, path, headers: { 'accept-encoding': 'gzip' } }));

const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
try {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await fetch(`${ORIGIN}${pagePath}`).then((response) => response.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const result = await autocannon({ url: ORIGIN, connections: 20, duration: SECONDS, requests });
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(`bench:load ${pagePath} and ${assets.length} assets, ${result.connections} connections, ${result.duration} s on loopback`);
  console.table({
    'requests/s (mean)': result.requests.average,
    'latency p50 ms': result.latency.p50,
    'latency p99 ms': result.latency.p99,
    'throughput MB/s': Number((result.throughput.average / 1e6).toFixed(1)),
    requests: result.requests.total,
    errors,
  });
  if (errors) process.exitCode = 1;
} finally {
  server.kill();
}
