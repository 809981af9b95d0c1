// npm run build, after check:content: scripts/plan-export.ts (which per-article routes this build
// renders, lib/build/plan.ts), `next build` (only those), scripts/link-unchanged.ts (the other routes,
// hard-linked back from the previous export), scripts/fill-article-pages.ts (the article bodies and
// ends into the pages' slots), scripts/write-share-pages.ts (the sentence share pages and the
// preview cards), then scripts/write-headers.ts (the CSP meta tags, out/_headers, the .br/.gz files),
// so that a running `npm start` never sees half a site. Linked-back files share their inodes with the
// kept copy; no later step rewrites them (a reused page whose end changes is unlinked and written anew).
//
// Next writes its export into out/ itself — it deletes out/ and writes it again file by file — and
// cannot be pointed at another directory without changing next.config (distDir, which also moves
// .next). So the swap goes the other way round: before Next starts, the current export is kept as
// out.previous/ (hard links: no data is copied, and Next's new files are new inodes, so the copy
// stays intact; it lives under node_modules/.cache, which git and ESLint skip) and `out.serving`
// names it; `npm start` serves the directory `out.serving` names while the file exists
// (scripts/serve.ts), and out/ is moved aside and deleted in the background. When the new export is complete — headers written, files
// compressed — `out.serving` is removed, and the server moves to the new out/ in one step. If a step
// fails or is interrupted, out/ is put back as it was (the copy linked back into place) and the build fails.
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { analysisCacheDirectory, bodyCacheDirectory } from '../lib/build/cache-directory';
import { ContentStore } from '../lib/build/content-store';
import { articleCacheKeysFile, articleCacheKeysSchema, EXPORT_PLAN_VARIABLE, exportStamp, lastGoodFile, planFile, type LastGoodBuild } from '../lib/build/export-plan';
import { planSchema } from '../lib/build/plan';

/** The pointer file beside out/ that `npm start` reads (scripts/serve.ts). */
export const servingPointer = (out: string) => `${out}.serving`;
/** Beside out/ on the same file system (hard links need it), where git and ESLint do not look. */
export const previousDirectory = (out: string) => join(dirname(out), 'node_modules', '.cache', 'song-ngu', `${basename(out)}.previous`);

/** A copy of `from` made of hard links: instant, and unaffected when the original's files are replaced. */
export function linkCopy(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkCopy(source, target);
    else if (entry.isFile()) linkSync(source, target);
  }
}

/** `next build`, `write-share-pages`: what a build step is called in its timing line. */
export const stepName = ([command = '', ...args]: string[]) => (basename(command) === 'next' ? `next ${args.join(' ')}` : basename(args.at(-1) ?? command).replace(/\.[cm]?[jt]s$/, ''));

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface AtomicBuildOptions {
  out: string;
  /** Commands run in order (the first one that fails stops the build). */
  steps: string[][];
  /** How long a running server may take to notice the pointer (it looks once a second). */
  noticeMs?: number;
  env?: NodeJS.ProcessEnv;
}

export async function buildAtomically({ out, steps, noticeMs = 1500, env = process.env }: AtomicBuildOptions): Promise<number> {
  const root = resolve(out);
  const previous = previousDirectory(root);
  const pointer = servingPointer(root);
  // Exports that are no longer needed — the copy kept by the last build, out/ once it is copied,
  // and what an interrupted build left — are moved aside at once (a rename) and deleted while the
  // build runs: at 1,000 articles each is a quarter of a million files, which took 20–50 s to delete
  // on the critical path. The deletions are awaited before the build ends.
  const discarded = (kind: string) => `${previous}.${kind}-${process.pid}`;
  const leftovers = existsSync(dirname(previous))
    ? readdirSync(dirname(previous))
        .filter((name) => name.startsWith(`${basename(previous)}.`))
        .map((name) => join(dirname(previous), name))
    : [];
  if (existsSync(previous)) {
    renameSync(previous, discarded('older'));
    leftovers.push(discarded('older'));
  }
  const clearing: Promise<unknown>[] = [Promise.all(leftovers.map((directory) => rm(directory, { recursive: true, force: true })))];
  const hadExport = existsSync(join(root, 'index.html'));
  // The server may be reading the copy right now (the pointer names it), so it is linked back into
  // place, not moved: both stay whole until the pointer is gone.
  const restore = () => {
    rmSync(root, { recursive: true, force: true });
    linkCopy(previous, root);
  };
  // Set once the copy is whole and out/ has been moved aside: from then on, out/ is restored from it.
  let kept = false;
  const interrupted = () => {
    if (kept) restore();
    if (existsSync(pointer)) unlinkSync(pointer);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  if (hadExport) {
    const started = performance.now();
    linkCopy(root, previous);
    writeFileSync(pointer, `${relative(dirname(root), previous)}\n`);
    await sleep(noticeMs);
    // The server reads the copy now. Next would delete out/ file by file before writing the new export.
    renameSync(root, discarded('replaced'));
    kept = true;
    clearing.push(rm(discarded('replaced'), { recursive: true, force: true }));
    console.log(`build: step keep-previous-export took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  let status = 0;
  for (const [command = '', ...args] of steps) {
    const started = performance.now();
    status = await new Promise<number>((done) => {
      const child = spawn(command, args, { stdio: 'inherit', env });
      child.on('error', () => done(1));
      child.on('close', (code) => done(code ?? 1));
    });
    if (status !== 0) break;
    // One line per step, which npm run bench reads to split the build time by stage.
    console.log(`build: step ${stepName([command, ...args])} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (status !== 0 && kept) {
    // Failed: the previous export goes back into place, byte for byte, before the server looks again.
    restore();
    console.error(`build: failed; ${basename(root)}/ is the previous export again`);
  }
  if (existsSync(pointer)) unlinkSync(pointer);
  process.off('SIGINT', interrupted);
  process.off('SIGTERM', interrupted);
  await Promise.all(clearing);
  // The copy stays until the next build: a request that began on it finishes reading it.
  return status;
}

/**
 * After a good build: its manifest becomes the last good build's, stamped with the identity of the
 * export it describes (the next plan checks the kept copy is that export), and the analyses and read bodies no
 * current article uses leave the cache. After a failed one the record goes, so the next build is full.
 */
function recordOutcome(out: string, status: number): void {
  if (status !== 0) {
    rmSync(lastGoodFile(), { force: true });
    return;
  }
  const plan = planSchema.parse(JSON.parse(readFileSync(planFile(), 'utf8')));
  const stamp = exportStamp(out);
  if (!stamp) throw new Error(`build: ${out}/index.html is missing after a good build`);
  writeFileSync(lastGoodFile(), JSON.stringify({ manifest: plan.manifest, stamp } satisfies LastGoodBuild));
  const keys = articleCacheKeysSchema.parse(JSON.parse(readFileSync(articleCacheKeysFile(), 'utf8')));
  const pruned = new ContentStore(analysisCacheDirectory()).prune(new Set(keys.analysis)) + new ContentStore(bodyCacheDirectory()).prune(new Set(keys.bodies));
  console.log(`build: ${plan.mode} build recorded as the last good one; ${pruned} unused analyses and read bodies pruned`);
}

async function main(): Promise<void> {
  // Next's export directory; it does not read SONG_NGU_OUT_DIR.
  const out = 'out';
  const bin = (name: string) => join('node_modules', '.bin', name);
  const script = (name: string) => [bin('tsx'), '--conditions=react-server', `scripts/${name}.ts`];
  rmSync(planFile(), { force: true });
  const status = await buildAtomically({
    out,
    steps: [
      script('plan-export'),
      [bin('next'), 'build'],
      script('link-unchanged'),
      script('fill-article-pages'),
      script('write-share-pages'),
      [bin('tsx'), 'scripts/write-headers.ts'],
    ],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', [EXPORT_PLAN_VARIABLE]: resolve(planFile()) },
  });
  const recording = performance.now();
  recordOutcome(out, status);
  console.log(`build: step record-outcome took ${((performance.now() - recording) / 1000).toFixed(1)} s`);
  process.exit(status);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
