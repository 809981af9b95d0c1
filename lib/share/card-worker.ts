// A card worker (lib/build/worker-pool.ts): renders one card's PNG per message, off the main thread.
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { renderCardPng } from './card-render';

const task = z.object({ id: z.number(), input: z.object({ kicker: z.string(), vietnamese: z.string(), english: z.string(), footer: z.string() }) });

const port = parentPort;
if (!port) throw new Error('card-worker runs as a worker thread');
port.on('message', (message: unknown) => {
  const { id, input } = task.parse(message);
  renderCardPng(input).then(
    (png) => {
      // A copy with a buffer of its own, which can be handed over to the main thread without copying again.
      const result = new Uint8Array(png);
      port.postMessage({ id, result }, [result.buffer]);
    },
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
