import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_DIR, ContentError, type Article, type FileFinding } from '../content/load';
import { parseYaml } from '../content/yaml';
import { timelineSchema, type TimelineEvent } from './schema';

export const TIMELINE_FILE = join(CONTENT_DIR, 'timeline.yaml');

export interface TimelineContext {
  /** slug → the unit ids of that published article */
  units: ReadonlyMap<string, ReadonlySet<string>>;
  entityIds: ReadonlySet<string>;
}

export function timelineContext(articles: Article[], entityIds: Iterable<string>): TimelineContext {
  const units = new Map(articles.map((article) => [article.meta.slug, new Set(article.structure.blocks.flatMap((block) => block.units.map((unit) => unit.id)))]));
  return { units, entityIds: new Set(entityIds) };
}

/** The timeline, date-ordered, with every reference to an article sentence or entity checked. */
export function readTimeline(context: TimelineContext, path = TIMELINE_FILE): { events: TimelineEvent[]; findings: FileFinding[] } {
  if (!existsSync(path)) return { events: [], findings: [] };
  const file = relative(process.cwd(), path);
  const source = readFileSync(path, 'utf8');
  const { data, findings, lineOf } = parseYaml(source, timelineSchema);
  const all: FileFinding[] = findings.map((finding) => ({ ...finding, file }));
  if (source !== source.normalize('NFC')) all.push({ file, line: 1, severity: 'error', message: 'the file is not in Unicode NFC' });
  const events = data ?? [];
  const seen = new Set<string>();
  events.forEach((event, index) => {
    if (seen.has(event.id)) all.push({ file, line: lineOf([index, 'id']), severity: 'error', message: `duplicate event id ${event.id}` });
    seen.add(event.id);
    event.reports.forEach((reference, position) => {
      const [slug = '', unitId = ''] = reference.split('#');
      const units = context.units.get(slug);
      const problem = !units ? `unknown article ${slug}` : !units.has(unitId) ? `article ${slug} has no unit ${unitId}` : null;
      if (problem) all.push({ file, line: lineOf([index, 'reports', position]), severity: 'error', message: problem });
    });
    event.entities.forEach((entityId, position) => {
      if (!context.entityIds.has(entityId)) all.push({ file, line: lineOf([index, 'entities', position]), severity: 'error', message: `unknown entity ${entityId}` });
    });
  });
  return { events: [...events].sort((a, b) => a.date.localeCompare(b.date)), findings: all.sort((a, b) => a.line - b.line) };
}

export function getTimeline(context: TimelineContext): TimelineEvent[] {
  const { events, findings } = readTimeline(context);
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length) throw new ContentError(errors);
  return events;
}
