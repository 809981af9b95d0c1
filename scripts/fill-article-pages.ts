// npm run build, after `next build` and link-unchanged: writes the slots of the article pages. In the
// export, components/article-body.tsx and components/article-end.tsx render empty slots, so the
// reading text is not sent a second time as RSC payload nor hydrated, and another article's headline
// is not part of the page Next renders; this step writes them as static HTML from the same hast
// (lib/render/page-fill.ts), in worker threads, one per core: the body and the end of every page this
// build rendered, and the end of every reused page whose end changed (the export plan's refillEnds,
// lib/build/export-plan.ts). A page without exactly one slot of each stops the build. Prints one JSON
// line of counts and the time last.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { activePlan, endsToRefill, slugsToRender } from '../lib/build/export-plan';
import { WorkerPool } from '../lib/build/worker-pool';
import { getPublishedArticles } from '../lib/content/load';
import type { FillCounts, FillTask } from '../lib/render/page-fill';

const out = resolve(process.env.SONG_NGU_OUT_DIR ?? 'out');
const start = performance.now();
// The plan's manifest names every article; reading them all here would only list their slugs.
const plan = activePlan();
const slugs = plan ? Object.keys(plan.manifest.routes) : getPublishedArticles().map(({ meta }) => meta.slug);
const rendered = slugsToRender('page', slugs);
const refillEnds = endsToRefill();
// Each worker reads the articles once (from the build cache); a few dozen pages a batch keeps both
// busy to the end. Rewriting an end costs a fraction of filling a body: larger batches.
const batches = (list: readonly string[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, index) => list.slice(index * size, (index + 1) * size));
const tasks: FillTask[] = [
  ...batches(rendered, 25).map((batch) => ({ rendered: batch, refillEnds: [], out })),
  ...batches(refillEnds, 100).map((batch) => ({ rendered: [], refillEnds: batch, out })),
];
const pool = new WorkerPool<FillTask, FillCounts>(
  new URL('../lib/render/page-fill-worker.ts', import.meta.url),
  Math.max(1, Math.min(availableParallelism(), tasks.length)),
  (result) => z.object({ filled: z.number(), alreadyFilled: z.number(), endsRewritten: z.number() }).parse(result),
);
let counts: FillCounts[];
try {
  counts = await Promise.all(tasks.map((task) => pool.run(task)));
} finally {
  await pool.close();
}
const total = (key: keyof FillCounts) => counts.reduce((sum, count) => sum + count[key], 0);
console.log(
  JSON.stringify({ step: 'fill-article-pages', filled: total('filled'), alreadyFilled: total('alreadyFilled'), endsRewritten: total('endsRewritten'), seconds: Number(((performance.now() - start) / 1000).toFixed(2)) }),
);
