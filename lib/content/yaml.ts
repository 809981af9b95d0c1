import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Finding } from './validate';

export type LineOf = (path: (string | number)[]) => number;

/**
 * Parses YAML and validates it with a schema; every problem carries the line it is on, and `lineOf`
 * finds the line of any value for checks that run after the schema (cross-references).
 */
export function parseYaml<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
  lineOffset = 0,
): { data?: z.infer<Schema>; findings: Finding[]; lineOf: LineOf } {
  const findings: Finding[] = [];
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const lineOf: LineOf = (path) => {
    let node = document.getIn(path, true);
    for (let depth = path.length - 1; !node && depth >= 0; depth--) node = document.getIn(path.slice(0, depth), true);
    const offset = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? Number(node.range[0]) : 0;
    return lineAt(offset);
  };
  for (const error of document.errors) findings.push({ line: lineAt(error.pos[0]), message: `YAML: ${error.message.split('\n')[0]}`, severity: 'error' });
  if (document.errors.length) return { findings, lineOf };

  const parsed = schema.safeParse(document.toJS());
  if (parsed.success) return { data: parsed.data, findings, lineOf };
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    findings.push({ line: lineOf(path), message: `${path.join('.') || '(root)'}: ${issue.message}`, severity: 'error' });
  }
  return { findings, lineOf };
}
