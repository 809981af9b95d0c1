// npm run build, right after `next build`: writes each article's body into its page. In the export,
// components/article-body.tsx renders the body as an empty slot, so the reading text is not sent a
// second time as RSC payload nor hydrated; this step fills the slot with the same hast as static HTML
// (lib/render/body-fill.ts), in worker threads, one per core. It runs before link-unchanged, over the
// pages this build rendered (the export plan's, lib/build/export-plan.ts: all of them in a full
// build); only empty slots are filled (lib/render/body-slot.ts), so a page already filled is left
// untouched, and a page without exactly one slot stops the build. Prints one JSON line of counts and the time last.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { slugsToRender } from '../lib/build/export-plan';
import { WorkerPool } from '../lib/build/worker-pool';
import { getPublishedArticles } from '../lib/content/load';
import type { FillCounts } from '../lib/render/body-fill';

const out = resolve(process.env.SONG_NGU_OUT_DIR ?? 'out');
const start = performance.now();
const rendered = slugsToRender('page', getPublishedArticles().map(({ meta }) => meta.slug));
// Each worker reads the articles once (from the build cache); a few dozen articles a batch keeps both busy to the end.
const BATCH = 25;
const batches = Array.from({ length: Math.ceil(rendered.length / BATCH) }, (_, index) => rendered.slice(index * BATCH, (index + 1) * BATCH));
const pool = new WorkerPool<{ slugs: string[]; out: string }, FillCounts>(
  new URL('../lib/render/body-worker.ts', import.meta.url),
  Math.min(availableParallelism(), batches.length),
  (result) => z.object({ filled: z.number(), alreadyFilled: z.number() }).parse(result),
);
let counts: FillCounts[];
try {
  counts = await Promise.all(batches.map((slugs) => pool.run({ slugs, out })));
} finally {
  await pool.close();
}
const filled = counts.reduce((sum, count) => sum + count.filled, 0);
const alreadyFilled = counts.reduce((sum, count) => sum + count.alreadyFilled, 0);
console.log(JSON.stringify({ step: 'write-article-bodies', filled, alreadyFilled, seconds: Number(((performance.now() - start) / 1000).toFixed(2)) }));
