// After `next build`: gives each page its Content-Security-Policy as a `<meta http-equiv>` (the sha256
// of its own inline scripts), writes out/_headers (the format Netlify and Cloudflare Pages read, and
// that `npm start` serves) with one rule for every path, then precompresses the text files (.br and
// .gz beside each, which `npm start` serves by the client's Accept-Encoding). The pages and files are
// finished in worker threads, one per core (lib/build/finish-files.ts). A rule per page (455) was past
// Cloudflare Pages' limit of 100 rules; now the file has two, whatever the number of pages.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { ContentStore } from '../lib/build/content-store';
import { activePlan, reusedOutputTest } from '../lib/build/export-plan';
import { addReports, emptyReport, type FinishReport } from '../lib/build/finish-files';
import { WorkerPool } from '../lib/build/worker-pool';
import { HEADER_RULES } from '../lib/security/csp';
import { formatHeadersFile } from '../lib/security/headers-file';

const out = resolve(process.env.SONG_NGU_OUT_DIR ?? 'out');
// The .br and .gz of larger files come from the build cache when the file's bytes are unchanged.
const cacheDirectory = join(resolve(process.env.SONG_NGU_CACHE_DIR ?? '.cache'), 'compressed');

// Outputs the export plan took from the previous export (scripts/link-unchanged.ts) already carry their
// CSP and their .br and .gz, and are hard links shared with the kept copy: they are neither read nor
// rewritten (README "How builds stay incremental").
const reused = reusedOutputTest();

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return reused(`${relative(out, path).split(sep).join('/')}/`) ? [] : files(path);
    return reused(relative(out, path).split(sep).join('/')) ? [] : [path];
  });
}

const all = files(out).filter((file) => !/\.(br|gz)$/.test(file)).sort();
writeFileSync(join(out, '_headers'), formatHeadersFile(HEADER_RULES));

// Batches of files rather than one message each: a share page takes well under a millisecond.
const BATCH = 200;
const reportSchema = z.object({
  pages: z.number(),
  compressed: z.number(),
  before: z.number(),
  after: z.number(),
  cacheHits: z.number(),
  usedKeys: z.array(z.string()),
}) satisfies z.ZodType<FinishReport>;
const pool = new WorkerPool<{ files: string[]; out: string; cacheDirectory: string }, FinishReport>(
  new URL('../lib/build/finish-worker.ts', import.meta.url),
  availableParallelism(),
  (result) => reportSchema.parse(result),
);
const batches = Array.from({ length: Math.ceil(all.length / BATCH) }, (_, index) => all.slice(index * BATCH, (index + 1) * BATCH));
let report: FinishReport;
try {
  report = (await Promise.all(batches.map((batch) => pool.run({ files: batch, out, cacheDirectory })))).reduce(addReports, emptyReport());
} finally {
  await pool.close();
}
// An incremental build does not read the reused files, so it cannot tell which entries they use: only a full build prunes.
if (activePlan()?.mode !== 'incremental') new ContentStore(cacheDirectory).prune(new Set(report.usedKeys));
console.log(
  `write-headers: ${report.pages} pages with their CSP in a meta tag, ${HEADER_RULES.length} rules in ${relative(process.cwd(), join(out, '_headers'))}; ` +
    `${report.compressed} files precompressed (.br ${(report.after / 1024).toFixed(0)} kB for ${(report.before / 1024).toFixed(0)} kB; ${report.cacheHits} of ${report.usedKeys.length} cached copies from the cache)`,
);
