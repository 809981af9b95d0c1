// check:content's quality checks for one article: the rules over its units (lib/qa), less the
// waivers its frontmatter records; a waiver no finding needs is itself a finding (stale or mistyped).
import type { AnalysedArticle } from '../article/model';
import type { FileFinding } from '../content/load';
import type { Entity } from '../entities/schema';
import { qaUnits } from './from-article';
import { applyWaivers, checkUnits } from './index';

export function articleQaFindings(article: AnalysedArticle, entities: ReadonlyMap<string, Entity>, source: string): FileFinding[] {
  const { file, bodyLine } = article.source;
  const waivers = article.meta.qa_waivers ?? [];
  const result = applyWaivers(checkUnits(qaUnits(article, entities)), waivers);
  const unitLine = new Map(article.units.map((unit) => [unit.id, unit.line + bodyLine - 1]));
  const waiverLine = source.split('\n').findIndex((line) => line.startsWith('qa_waivers:')) + 1 || 1;
  const severity = article.meta.status === 'published' ? 'error' : 'warning';
  return [
    ...result.open.map((finding): FileFinding => ({ file, line: unitLine.get(finding.unit) ?? 1, severity, message: `unit ${finding.unit}: qa ${finding.rule}: ${finding.message} (fix it, or waive it with a reason in qa_waivers)` })),
    ...result.unused.map((waiver): FileFinding => ({ file, line: waiverLine, severity: 'error', message: `qa_waivers: the waiver for ${waiver.rule} in unit ${waiver.unit} waives nothing: remove it` })),
  ];
}
