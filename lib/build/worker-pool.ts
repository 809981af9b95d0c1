// A fixed pool of worker threads for CPU-bound build work (the preview cards): each worker takes one
// task at a time; tasks wait in a queue. Workers answer `{ id, result }` or `{ id, error }`; the
// caller's `parse` checks a result's shape before it is trusted.
import { Worker } from 'node:worker_threads';
import { z } from 'zod';

const reply = z.object({ id: z.number(), result: z.unknown().optional(), error: z.string().optional() });

/**
 * The worker's bootstrap: registers tsx's loader, then imports the TypeScript module. Node 20 does
 * not apply the parent's `--import tsx` hooks to a worker's entry module, so the worker does it itself.
 */
const typeScriptWorker = (script: URL) => `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`;

interface Pending<Output> {
  resolve: (value: Output) => void;
  reject: (error: Error) => void;
}

export class WorkerPool<Input, Output> {
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private readonly queue: { id: number; input: Input }[] = [];
  private readonly pending = new Map<number, Pending<Output>>();
  private readonly running = new Map<Worker, number>();
  private nextId = 0;

  constructor(script: URL, size: number, private readonly parse: (result: unknown) => Output) {
    for (let index = 0; index < Math.max(1, size); index++) {
      const worker = new Worker(typeScriptWorker(script), { eval: true });
      worker.on('message', (message: unknown) => this.settle(worker, message));
      worker.on('error', (error) => this.fail(worker, error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(input: Input): Promise<Output> {
    const id = this.nextId++;
    const promise = new Promise<Output>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.queue.push({ id, input });
    this.dispatch();
    return promise;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop();
      const task = this.queue.shift();
      if (!worker || !task) return;
      this.running.set(worker, task.id);
      worker.postMessage(task);
    }
  }

  private settle(worker: Worker, message: unknown): void {
    const { id, result, error } = reply.parse(message);
    const pending = this.pending.get(id);
    this.pending.delete(id);
    this.running.delete(worker);
    this.idle.push(worker);
    if (pending) {
      if (error !== undefined) pending.reject(new Error(error));
      else {
        try {
          pending.resolve(this.parse(result));
        } catch (failure) {
          pending.reject(failure instanceof Error ? failure : new Error(String(failure)));
        }
      }
    }
    this.dispatch();
  }

  /** A worker that crashed fails every task still waiting: the build stops rather than hang. */
  private fail(worker: Worker, error: Error): void {
    this.running.delete(worker);
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    this.queue.length = 0;
  }
}
