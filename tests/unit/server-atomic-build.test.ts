// npm run build under a running npm start (issue 19): the server never sees half a site, and a failed
// build leaves out/ as it was. Next is stood in for by a script that does what it does to out/
// (delete it, then write it again file by file, slowly).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildAtomically, servingPointer } from '../../scripts/build-atomic';
import { createSiteServer } from '../../scripts/serve';

const page = (text: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${text}</title></head><body>${text}</body></html>`;

/** What `next build` does to out/: removes it, then writes the new export a file at a time. */
const REWRITE = `
const fs = require('node:fs');
const path = require('node:path');
const out = process.argv[1];
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
fs.rmSync(out, { recursive: true, force: true });
pause(400);
fs.mkdirSync(path.join(out, 'en'), { recursive: true });
fs.writeFileSync(path.join(out, 'index.html'), process.argv[2].split('BODY').join('new'));
pause(400);
fs.writeFileSync(path.join(out, 'en', 'index.html'), process.argv[2].split('BODY').join('new'));
pause(200);
process.exit(Number(process.argv[3]));
`;

let dir: string;
let out: string;
let server: Server;
let port: number;

function writeOld(): void {
  mkdirSync(join(out, 'en'), { recursive: true });
  writeFileSync(join(out, 'index.html'), page('old'));
  writeFileSync(join(out, 'en', 'index.html'), page('old'));
  writeFileSync(join(out, '404.html'), page('404'));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'song-ngu-atomic-'));
  out = join(dir, 'out');
  writeOld();
  server = createSiteServer({ root: out });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  port = address.port;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** Polls both pages while `during` runs; every answer must be a whole site, the old or the new. */
async function watch(during: Promise<number>): Promise<{ status: number; seen: string[] }> {
  const seen: string[] = [];
  let done = false;
  const result = during.then((status) => {
    done = true;
    return status;
  });
  while (!done) {
    for (const path of ['/', '/en/']) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      const body = await response.text();
      seen.push(`${response.status} ${/<body>(\w+)</.exec(body)?.[1] ?? body.slice(0, 40)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  return { status: await result, seen };
}

const step = (exit: number) => [process.execPath, '-e', REWRITE, out, page('BODY'), String(exit)];

test('a build swaps the new export in whole: every answer meanwhile is the old site or the new one', { timeout: 30_000 }, async () => {
  const { status, seen } = await watch(buildAtomically({ out, steps: [step(0)], noticeMs: 1200 }));
  assert.equal(status, 0);
  assert.ok(seen.length > 10, `only ${seen.length} requests`);
  assert.deepEqual(seen.filter((answer) => answer !== '200 old' && answer !== '200 new'), []);
  assert.equal(existsSync(servingPointer(out)), false);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  for (const path of ['/', '/en/']) assert.match(await (await fetch(`http://127.0.0.1:${port}${path}`)).text(), /<body>new</);
});

test('a failed build leaves out/ byte for byte as it was', { timeout: 30_000 }, async () => {
  rmSync(out, { recursive: true, force: true });
  writeOld();
  const before = ['index.html', 'en/index.html', '404.html'].map((file) => readFileSync(join(out, file), 'utf8'));
  const { status, seen } = await watch(buildAtomically({ out, steps: [step(1)], noticeMs: 1200 }));
  assert.equal(status, 1);
  assert.deepEqual(seen.filter((answer) => answer !== '200 old'), []);
  assert.deepEqual(['index.html', 'en/index.html', '404.html'].map((file) => readFileSync(join(out, file), 'utf8')), before);
  assert.equal(existsSync(servingPointer(out)), false);
});

test('each build step is named in its timing line the way npm run bench reads it', async () => {
  const { stepName } = await import('../../scripts/build-atomic');
  assert.equal(stepName(['node_modules/.bin/next', 'build']), 'next build');
  assert.equal(stepName(['node_modules/.bin/tsx', '--conditions=react-server', 'scripts/write-share-pages.ts']), 'write-share-pages');
  assert.equal(stepName(['node_modules/.bin/tsx', 'scripts/write-headers.ts']), 'write-headers');
});
