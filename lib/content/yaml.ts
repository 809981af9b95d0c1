import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Finding } from './validate';

/** Parses YAML and validates it with a schema; every problem carries the line it is on. */
export function parseYaml<Schema extends z.ZodType>(text: string, schema: Schema, lineOffset = 0): { data?: z.infer<Schema>; findings: Finding[] } {
  const findings: Finding[] = [];
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  for (const error of document.errors) findings.push({ line: lineAt(error.pos[0]), message: `YAML: ${error.message.split('\n')[0]}`, severity: 'error' });
  if (document.errors.length) return { findings };

  const parsed = schema.safeParse(document.toJS());
  if (parsed.success) return { data: parsed.data, findings };
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    let node = document.getIn(path, true);
    for (let depth = path.length - 1; !node && depth >= 0; depth--) node = document.getIn(path.slice(0, depth), true);
    const offset = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? Number(node.range[0]) : 0;
    findings.push({ line: lineAt(offset), message: `${path.join('.') || '(root)'}: ${issue.message}`, severity: 'error' });
  }
  return { findings };
}
