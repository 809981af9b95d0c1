// The export plan in force for this build (lib/build/plan.ts), for the steps of `npm run build`:
// scripts/plan-export.ts writes it before `next build`, scripts/build-atomic.ts names it in
// SONG_NGU_EXPORT_PLAN, and the per-article routes' generateStaticParams, scripts/link-unchanged.ts,
// write-share-pages and write-headers read it here. Without the variable (`next dev`, a bare
// `next build`, tests) there is no plan and everything is rendered.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cachePath } from './cache-directory';
import { z } from 'zod';
import { articleEndOutputs, manifestSchema, planSchema, refilledEnds, renderedEntities, renderedSlugs, reusedOutputs, type ArticleRouteKind, type ExportPlan } from './plan';

export const EXPORT_PLAN_VARIABLE = 'SONG_NGU_EXPORT_PLAN';

/** Where the build keeps its plan and the manifest of the last good build. */
export const buildStateDirectory = () => cachePath('build');
export const planFile = () => join(buildStateDirectory(), 'plan.json');
export const lastGoodFile = () => join(buildStateDirectory(), 'last-good.json');
/**
 * The keys this build's articles use in the per-article caches (scripts/plan-export.ts): their
 * analyses and their read bodies, so that the end of a good build can prune the others.
 */
export const articleCacheKeysFile = () => join(buildStateDirectory(), 'article-cache-keys.json');
export const articleCacheKeysSchema = z.object({ analysis: z.array(z.string()), bodies: z.array(z.string()) });
export type ArticleCacheKeys = z.infer<typeof articleCacheKeysSchema>;

let loaded: { plan: ExportPlan | undefined } | undefined;

/** The plan named by SONG_NGU_EXPORT_PLAN, validated; undefined when none is in force. A named but unreadable plan fails the build. */
export function activePlan(): ExportPlan | undefined {
  if (!loaded) {
    const file = process.env[EXPORT_PLAN_VARIABLE];
    loaded = { plan: file ? planSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : undefined };
  }
  return loaded.plan;
}

/** Of `slugs` (every current article), those whose `kind` route this build renders. */
export function slugsToRender(kind: ArticleRouteKind, slugs: readonly string[]): string[] {
  const plan = activePlan();
  if (!plan) return [...slugs];
  const rendered = new Set(renderedSlugs(plan, kind));
  return slugs.filter((slug) => rendered.has(slug));
}

/** Of `ids` (every entity), those whose page this build renders. */
export function entitiesToRender(ids: readonly string[]): string[] {
  const plan = activePlan();
  if (!plan) return [...ids];
  const rendered = new Set(renderedEntities(plan));
  return ids.filter((id) => rendered.has(id));
}

/** The articles whose reused pages get their end slot rewritten this build (none without a plan: every page is rendered). */
export function endsToRefill(): string[] {
  const plan = activePlan();
  return plan ? refilledEnds(plan) : [];
}

/** Whether this build reuses the article's `kind` route from the previous export. */
export const isReused = (kind: ArticleRouteKind, slug: string): boolean => slugsToRender(kind, [slug]).length === 0;

/**
 * Tells whether a path of out/ (relative, `/`-separated; a directory ends in /) lies in an output
 * taken from the previous export: those files are complete (CSP, .br and .gz) and are hard links
 * shared with the kept copy, so no later step may rewrite them. The pages whose end slot was
 * rewritten (endsToRefill) are new files, not links: they and the directories holding them are not
 * reused, so write-headers finishes them again.
 */
export function reusedOutputTest(): (path: string) => boolean {
  const plan = activePlan();
  const reused = new Set(plan ? reusedOutputs(plan) : []);
  if (!reused.size) return () => false;
  const rewritten = new Set(plan ? refilledEnds(plan).flatMap(articleEndOutputs) : []);
  const directoriesOf = (file: string) => file.split('/').slice(0, -1).map((_, depth, parts) => `${parts.slice(0, depth + 1).join('/')}/`);
  const holdingRewritten = new Set([...rewritten].flatMap(directoriesOf));
  return (path) => {
    const file = path.replace(/\.(br|gz)$/, '');
    if (rewritten.has(file) || holdingRewritten.has(path)) return false;
    if (reused.has(file)) return true;
    for (let end = path.indexOf('/'); end >= 0; end = path.indexOf('/', end + 1)) if (reused.has(path.slice(0, end + 1))) return true;
    return false;
  };
}

/** The last good build: its manifest and the identity of its export's index.html (same inode, time and size as the kept copy). */
export const lastGoodSchema = z.object({
  manifest: manifestSchema,
  stamp: z.object({ ino: z.number(), mtimeMs: z.number(), size: z.number() }),
});
export type LastGoodBuild = z.infer<typeof lastGoodSchema>;

export function exportStamp(directory: string): LastGoodBuild['stamp'] | undefined {
  const file = join(directory, 'index.html');
  if (!existsSync(file)) return undefined;
  const { ino, mtimeMs, size } = statSync(file);
  return { ino, mtimeMs, size };
}

/** The last good build's record, or undefined if there is none or it does not parse (then the build is full). */
export function readLastGood(): LastGoodBuild | undefined {
  if (!existsSync(lastGoodFile())) return undefined;
  try {
    const parsed = lastGoodSchema.safeParse(JSON.parse(readFileSync(lastGoodFile(), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
