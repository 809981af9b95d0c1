// Shared links must never break: every block and unit id that has been published is recorded in
// content/published-ids.json, and check:content fails when one disappears.
import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { CONTENT_DIR, type Article, type FileFinding } from './load';

export const PUBLISHED_IDS_FILE = join(CONTENT_DIR, 'published-ids.json');
const recordSchema = z.record(z.string(), z.array(z.string()));
export type PublishedIds = z.infer<typeof recordSchema>;

export function articleIds(article: Article): string[] {
  return article.structure.blocks.flatMap((block) => [block.id, ...block.units.map((unit) => unit.id)]);
}

export function readPublishedIds(path = PUBLISHED_IDS_FILE): { record: PublishedIds; findings: FileFinding[] } {
  if (!existsSync(path)) return { record: {}, findings: [] };
  const file = relative(process.cwd(), path);
  try {
    const parsed = recordSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return { record: parsed.data, findings: [] };
    return { record: {}, findings: [{ file, line: 1, severity: 'error', message: `not a map of slug → ids: ${parsed.error.issues[0]?.message ?? ''}` }] };
  } catch (error) {
    return { record: {}, findings: [{ file, line: 1, severity: 'error', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

/** Published ids that are gone are errors; published ids not yet recorded are a reminder. */
export function checkPublishedIds(record: PublishedIds, articles: Article[], recordFile = relative(process.cwd(), PUBLISHED_IDS_FILE)): FileFinding[] {
  const findings: FileFinding[] = [];
  const bySlug = new Map(articles.map((article) => [article.meta.slug, article]));
  for (const [slug, ids] of Object.entries(record)) {
    const article = bySlug.get(slug);
    if (!article) {
      findings.push({ file: recordFile, line: 1, severity: 'error', message: `published article "${slug}" has disappeared: its URL and every shared link into it would break` });
      continue;
    }
    const present = new Set(articleIds(article));
    for (const id of ids) {
      if (!present.has(id)) findings.push({ file: article.file, line: 1, severity: 'error', message: `published id "${id}" has disappeared: links to #${id} would break; keep the id (ids are never renumbered)` });
    }
  }
  for (const article of articles.filter((item) => item.meta.status === 'published')) {
    const recorded = new Set(record[article.meta.slug] ?? []);
    const missing = articleIds(article).filter((id) => !recorded.has(id));
    if (missing.length) findings.push({ file: article.file, line: 1, severity: 'warning', message: `${missing.length} published ids are not recorded yet: run npm run record:ids` });
  }
  return findings;
}

/** The record with every id of the published articles added; nothing is ever removed. */
export function recordPublishedIds(record: PublishedIds, articles: Article[]): PublishedIds {
  const next: PublishedIds = { ...record };
  for (const article of articles.filter((item) => item.meta.status === 'published')) {
    const ids = new Set([...(next[article.meta.slug] ?? []), ...articleIds(article)]);
    next[article.meta.slug] = [...ids];
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}
