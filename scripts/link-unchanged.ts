// npm run build, right after `next build` (scripts/build-atomic.ts): puts back into out/ the
// per-article outputs the export plan reuses (lib/build/plan.ts) — pages with their share pages,
// data files, cards, each with its .br and .gz — as hard links to the previous export, which
// build-atomic kept aside before Next emptied out/. They were written by the last good build from
// the same inputs, so they are what rendering them again would give. A reused output missing from
// the previous export fails the build (the next build is then a full one).
import { existsSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { linkCopy, previousDirectory } from './build-atomic';
import { activePlan } from '../lib/build/export-plan';
import { reusedOutputs } from '../lib/build/plan';

const out = resolve('out');
const previous = previousDirectory(out);
const plan = activePlan();
const outputs = plan ? reusedOutputs(plan) : [];
let linked = 0;
for (const output of outputs) {
  const from = join(previous, output);
  const to = join(out, output);
  if (!existsSync(from)) throw new Error(`link-unchanged: ${output} is not in the previous export; build again (a full build)`);
  if (existsSync(to)) throw new Error(`link-unchanged: ${output} was rendered although the plan reuses it`);
  mkdirSync(dirname(to), { recursive: true });
  if (output.endsWith('/')) linkCopy(from, to);
  else for (const suffix of ['', '.br', '.gz']) if (existsSync(from + suffix)) linkSync(from + suffix, to + suffix);
  linked += 1;
}
console.log(`link-unchanged: ${linked} outputs linked from the previous export`);
