// A worker of scripts/write-article-bodies.ts (lib/build/worker-pool.ts): fills the pages of one
// batch of articles per message (lib/render/body-fill.ts), so both cores render bodies.
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { fillArticleBodies } from './body-fill';

const task = z.object({ id: z.number(), input: z.object({ slugs: z.array(z.string()), out: z.string() }) });

const port = parentPort;
if (!port) throw new Error('body-worker runs as a worker thread');
port.on('message', (message: unknown) => {
  const { id, input } = task.parse(message);
  fillArticleBodies(input.slugs, input.out).then(
    (result) => port.postMessage({ id, result }),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
