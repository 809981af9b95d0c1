// A worker of scripts/fill-article-pages.ts (lib/build/worker-pool.ts): writes the slots of one batch
// of articles' pages per message (lib/render/page-fill.ts), so both cores render them.
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { fillArticlePages } from './page-fill';

const task = z.object({ id: z.number(), input: z.object({ rendered: z.array(z.string()), refillEnds: z.array(z.string()), out: z.string() }) });

const port = parentPort;
if (!port) throw new Error('page-fill-worker runs as a worker thread');
port.on('message', (message: unknown) => {
  const { id, input } = task.parse(message);
  fillArticlePages(input).then(
    (result) => port.postMessage({ id, result }),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
