// Where the workbench under test runs and what it edits: shared by the server script and the tests.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WORKBENCH_PORT = Number(process.env.WORKBENCH_PORT ?? 4715);
export const WORKBENCH_MT_PORT = Number(process.env.WORKBENCH_MT_PORT ?? WORKBENCH_PORT + 1);
export const WORKBENCH_TOKEN = 'test-token-not-secret';

/** The temporary content root, one per port so that two checkouts on one machine do not share it. */
export function workbenchContentRoot(): string {
  return join(tmpdir(), `song-ngu-workbench-e2e-${WORKBENCH_PORT}`, 'content');
}
