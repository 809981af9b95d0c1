// A worker of scripts/write-headers.ts (lib/build/worker-pool.ts): finishes one batch of export files
// per message (lib/build/finish-files.ts), so both cores parse, hash and compress.
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import { finishFiles } from './finish-files';

const task = z.object({ id: z.number(), input: z.object({ files: z.array(z.string()), out: z.string(), cacheDirectory: z.string() }) });

const port = parentPort;
if (!port) throw new Error('finish-worker runs as a worker thread');
port.on('message', (message: unknown) => {
  const { id, input } = task.parse(message);
  try {
    port.postMessage({ id, result: finishFiles(input.files, input.out, input.cacheDirectory) });
  } catch (error: unknown) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
