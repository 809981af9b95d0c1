// npm run bench:load — two scenarios against `npm start` (node scripts/serve.mjs) on loopback.
// 1. Load: autocannon for BENCH_SECONDS (default 30) against an article page and the assets it
//    loads; prints requests per second, latency (p50, p99) and errors. Needs a build (out/).
// 2. Abuse (issue 19): BENCH_ABUSIVE (default 10,000) hostile connections — a request followed by
//    garbage in the same packet, downloads aborted after the first bytes, requests sent and the
//    socket closed at once, and slow headers that never finish — then the server's descriptors and
//    resident memory (from /proc) before and after, and whether it still answers. Without a build
//    it runs against a small synthetic out/ of its own (the server code is the same).
// A benchmark, not a test: it reports, it judges only "still answering" and "back at baseline".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { z } from 'zod';

const PORT = Number(process.env.PORT ?? 4600);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const ABUSIVE = Number(process.env.BENCH_ABUSIVE ?? 10_000);
/** Slow-header clients held open at once; the rest of the abuse runs this many at a time too. */
const CONCURRENCY = Number(process.env.BENCH_ABUSE_CONCURRENCY ?? 500);
/** Floods of ABUSIVE connections each (at least 2: the second shows whether memory keeps rising). */
const ROUNDS = Math.max(2, Number(process.env.BENCH_ABUSE_ROUNDS ?? 2));

const built = existsSync('out/data/articles');
let outDir = 'out';
let scratch: string | undefined;
if (!built) {
  scratch = mkdtempSync(join(tmpdir(), 'song-ngu-bench-load-'));
  outDir = join(scratch, 'out');
  mkdirSync(join(outDir, 'en'), { recursive: true });
  const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><p>bench</p></body></html>';
  writeFileSync(join(outDir, 'index.html'), page);
  writeFileSync(join(outDir, 'en/index.html'), page);
  writeFileSync(join(outDir, '404.html'), page);
  writeFileSync(join(outDir, 'big.png'), Buffer.alloc(4 * 1024 * 1024, 7));
  console.log(`bench:load: no build in out/; the abusive scenario runs against ${outDir} (load scenario skipped)`);
}
const bigFile = built ? largestFile('out/cards') : '/big.png';

function largestFile(directory: string): string {
  let best = { path: '/index.html', size: 0 };
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}/${entry.name}`);
      else {
        const size = statSync(join(dir, entry.name)).size;
        if (size > best.size) best = { path: `${prefix}/${entry.name}`, size };
      }
    }
  };
  if (existsSync(directory)) walk(directory, '/cards');
  return best.path;
}

/** BENCH_FD_LIMIT=256 runs the server under that descriptor limit (the review's: it stopped answering after ≈235 leaks). */
const FD_LIMIT = Number(process.env.BENCH_FD_LIMIT ?? 0);
const command = FD_LIMIT ? ['sh', '-c', `ulimit -n ${FD_LIMIT} && exec node --expose-gc scripts/serve.mjs`] : ['node', '--expose-gc', 'scripts/serve.mjs'];
const server = spawn(command[0] ?? 'node', command.slice(1), {
  env: { ...process.env, PORT: String(PORT), SONG_NGU_OUT_DIR: outDir, SONG_NGU_MEMORY_SIGNAL: '1' },
  stdio: ['ignore', 'pipe', 'ignore'],
});
const pid = server.pid;
let serverOutput = '';
server.stdout.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));

const memoryUsageSchema = z.object({ rss: z.number(), heapUsed: z.number(), external: z.number(), arrayBuffers: z.number() });

/** The server's own figures after a full garbage collection (scripts/serve.ts answers SIGUSR2). */
async function heapMB(): Promise<{ heap: number; external: number }> {
  const seen = serverOutput.length;
  server.kill('SIGUSR2');
  for (let attempt = 0; attempt < 50; attempt++) {
    await sleep(100);
    const line = /memory (\{.*\})/.exec(serverOutput.slice(seen))?.[1];
    if (!line) continue;
    const usage = memoryUsageSchema.parse(JSON.parse(line));
    return { heap: Number((usage.heapUsed / 2 ** 20).toFixed(1)), external: Number((usage.external / 2 ** 20).toFixed(1)) };
  }
  return { heap: NaN, external: NaN };
}

function descriptors(): number {
  return pid ? readdirSync(`/proc/${pid}/fd`).length : NaN;
}
function residentMB(): number {
  const kB = Number(/^VmRSS:\s+(\d+)/m.exec(pid ? readFileSync(`/proc/${pid}/status`, 'utf8') : '')?.[1] ?? NaN);
  return Number((kB / 1024).toFixed(1));
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One hostile client; resolves when its socket is closed, by it or by the server. */
function abuse(kind: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(PORT, '127.0.0.1');
    const done = () => {
      socket.destroy();
      resolve();
    };
    socket.on('error', done);
    socket.on('close', done);
    socket.setTimeout(60_000, done);
    socket.on('connect', () => {
      if (kind === 0) socket.write(`GET ${bigFile} HTTP/1.1\r\nHost: x\r\n\r\n\u0000\u0001\u00ff garbage, not a request\r\n\r\n`);
      else if (kind === 1) socket.write(`GET ${bigFile} HTTP/1.1\r\nHost: x\r\n\r\n`);
      else socket.end(`GET ${bigFile} HTTP/1.1\r\nHost: x\r\n\r\n`);
    });
    // Request+garbage and aborted downloads go away after the first bytes of the answer.
    socket.once('data', () => (kind === 0 || kind === 1 ? done() : socket.resume()));
  });
}

function slowHeaders(): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(PORT, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: '));
    socket.resume();
    const done = () => {
      socket.destroy();
      resolve(Date.now() - started);
    };
    socket.on('error', done);
    socket.on('close', done);
    // One more header byte every 2 s, as slowloris does, so only the headers deadline can stop it.
    const drip = setInterval(() => socket.writable && socket.write('a'), 2000);
    socket.on('close', () => clearInterval(drip));
    socket.setTimeout(120_000, done);
  });
}

/** One flood of ABUSIVE connections; returns how long it took and the longest a slow client was held. */
async function flood(): Promise<{ seconds: number; slowHeldSeconds: number; slow: number; fast: number }> {
  const started = Date.now();
  const slow = Math.min(CONCURRENCY, Math.floor(ABUSIVE / 4));
  const fast = ABUSIVE - slow;
  // The slow clients hold their connections while the fast ones come and go around them.
  const slowHeld = Promise.all(Array.from({ length: slow }, slowHeaders));
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < fast) await abuse(next++ % 3);
    }),
  );
  const held = await slowHeld;
  return { seconds: (Date.now() - started) / 1000, slowHeldSeconds: Math.max(0, ...held) / 1000, slow, fast };
}

async function runAbuse(): Promise<void> {
  // Warm up: the first requests (normal and hostile) compile code and fill caches; the baseline is
  // the warmed server's, taken after them.
  for (let i = 0; i < 50; i++) await fetch(`${ORIGIN}/en/`).then((response) => response.arrayBuffer());
  await Promise.all(Array.from({ length: 300 }, (_, index) => abuse(index % 3)));
  await sleep(1000);
  type Row = { descriptors: number; 'heap MB (after GC)': number; 'external MB': number; 'resident MB': number; 'normal request': number | string };
  const measure = async (answering: number | string): Promise<Row> => {
    const { heap, external } = await heapMB();
    return { descriptors: descriptors(), 'heap MB (after GC)': heap, 'external MB': external, 'resident MB': residentMB(), 'normal request': answering };
  };
  const limit = /^Max open files\s+(\d+)/m.exec(pid ? readFileSync(`/proc/${pid}/limits`, 'utf8') : '')?.[1] ?? '?';
  console.log(`bench:load: the server's descriptor limit is ${limit}; ${ABUSIVE} hostile connections per flood, ${CONCURRENCY} at a time`);
  const rows: Record<string, Row> = { before: await measure('') };
  // Two floods or more: descriptors and the heap must come back after each. Resident memory rises
  // once and then stays (the allocator keeps freed pages for the next burst); a leak would keep rising.
  for (let round = 1; round <= ROUNDS; round++) {
    const result = await flood();
    const answering = await fetch(`${ORIGIN}/en/`).then((response) => response.status, () => 0);
    await sleep(3000);
    rows[`after flood ${round}`] = await measure(answering);
    console.log(
      `bench:load abusive flood ${round}: ${result.fast} fast clients (request+garbage, aborted download of ${bigFile}, send-and-close) ` +
        `and ${result.slow} slow-header clients in ${result.seconds.toFixed(1)} s; slow clients held at most ${result.slowHeldSeconds.toFixed(1)} s`,
    );
  }
  console.table(rows);
  const before = rows.before;
  const last = rows[`after flood ${ROUNDS}`];
  const first = rows['after flood 1'];
  if (!before || !first || !last) return;
  const back =
    last.descriptors <= before.descriptors + 2 &&
    last['normal request'] === 200 &&
    last['heap MB (after GC)'] <= before['heap MB (after GC)'] * 1.1 + 1 &&
    last['external MB'] <= before['external MB'] * 1.1 + 1 &&
    // Resident memory is what the allocator keeps, not what the server holds: reported, judged loosely.
    last['resident MB'] <= Math.max(before['resident MB'], first['resident MB']) * 1.3;
  console.log(
    back
      ? 'bench:load: descriptors, heap and buffers back at their baseline after the floods, still answering'
      : 'bench:load: NOT back at baseline',
  );
  if (!back) process.exitCode = 1;
}

async function runLoad(): Promise<void> {
  const slug = readdirSync('out/data/articles').map((file) => file.replace(/\.json$/, '')).sort()[0];
  if (!slug) throw new Error('No build: run npm run build first.');
  const pagePath = `/en/articles/${slug}/`;
  // The page and every same-origin asset its HTML references (scripts, styles, preloaded fonts, icon).
  const html = readFileSync(`out${pagePath}index.html`, 'utf8');
  const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/[^"]+|\/[^"]+\.(?:js|css|woff2|svg))"/g)].map((match) => match[1] ?? ''))].filter(Boolean);
  const requests: autocannon.Request[] = [pagePath, ...assets].map((path) => ({ method: 'GET', path, headers: { 'accept-encoding': 'gzip' } }));
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
}

try {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await fetch(`${ORIGIN}/en/`).then((response) => response.ok, () => false)) break;
    await sleep(200);
  }
  if (built) await runLoad();
  if (ABUSIVE > 0) await runAbuse();
} finally {
  server.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
