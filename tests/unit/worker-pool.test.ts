// The worker pool the card step renders with (lib/build/worker-pool.ts), and the card worker itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { WorkerPool } from '../../lib/build/worker-pool';
import { pngSize } from '../static/out';

const echo = new URL('../fixtures/workers/echo-worker.ts', import.meta.url);

test('every task gets its own answer, with more tasks than workers', async () => {
  const pool = new WorkerPool<string, string>(echo, 2, (result) => z.string().parse(result));
  try {
    const inputs = Array.from({ length: 20 }, (_, index) => `task ${index}`);
    assert.deepEqual(await Promise.all(inputs.map((input) => pool.run(input))), inputs.map((input) => input.toUpperCase()));
  } finally {
    await pool.close();
  }
});

test('a task that fails rejects alone; a result of the wrong shape is rejected', async () => {
  const pool = new WorkerPool<string, number>(echo, 1, (result) => z.number().parse(result));
  try {
    await assert.rejects(pool.run('fail'), /failed/);
    await assert.rejects(pool.run('text'), z.ZodError);
  } finally {
    await pool.close();
  }
});

test('a crashed worker fails the tasks still waiting instead of hanging', async () => {
  const pool = new WorkerPool<string, string>(echo, 1, (result) => z.string().parse(result));
  try {
    const results = await Promise.allSettled([pool.run('crash'), pool.run('after')]);
    assert.deepEqual(
      results.map((result) => result.status),
      ['rejected', 'rejected'],
    );
  } finally {
    await pool.close();
  }
});

test('the card worker renders a 1200×630 PNG', async () => {
  const pool = new WorkerPool<object, Uint8Array>(new URL('../../lib/share/card-worker.ts', import.meta.url), 1, (result) => z.instanceof(Uint8Array).parse(result));
  try {
    const png = await pool.run({ kicker: 'Song Ngữ', vietnamese: 'Bình Nhưỡng và Mátxcơva ký hiệp ước.', english: 'Pyongyang and Moscow sign a treaty.', footer: 'Song Ngữ · 19/6/2024' });
    assert.deepEqual(pngSize(Buffer.from(png)), { width: 1200, height: 630 });
  } finally {
    await pool.close();
  }
});
