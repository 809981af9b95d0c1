import { isAlias, isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { characterName, forbiddenCharacters } from '../security/text-policy';
import type { Finding } from './validate';

export type LineOf = (path: (string | number)[]) => number;

/** Deeper than any content file (the lexicon goes 4 deep); a deeper file is an attack or an accident. */
export const MAX_YAML_DEPTH = 16;

/**
 * How deep `[`/`{` flow collections and block indentation go, read from the text before the parser
 * sees it: the parser and `toJS` recurse, so 10,000 nested `[` would overflow the stack instead of
 * getting a message. Returns the first line past `limit`, or 0.
 */
function tooDeepLine(text: string, limit: number): number {
  let depth = 0;
  let quote = '';
  let line = 1;
  let lineStart = true;
  let indent = 0;
  let previous = '\n';
  for (const char of text) {
    if (char === '\n') {
      line += 1;
      lineStart = true;
      indent = 0;
      // A comment ends with its line; quoted scalars rarely span lines, and if one does the count is only lower.
      quote = '';
      previous = char;
      continue;
    }
    if (lineStart && (char === ' ' || char === '-')) {
      indent += 1;
      // Two spaces (or `- `) per level: a line indented past the limit is nested past it.
      if (indent > 2 * limit + 2) return line;
      previous = char;
      continue;
    }
    lineStart = false;
    const tokenStart = /[\s[{,:]/.test(previous);
    if (quote) {
      if (char === quote) quote = '';
    } else if ((char === '"' || char === "'") && tokenStart) quote = char;
    else if (char === '#' && tokenStart) quote = '\n';
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > limit) return line;
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
    previous = char;
  }
  return 0;
}

/**
 * Parses YAML and validates it with a schema; every problem carries the line it is on, and `lineOf`
 * finds the line of any value for checks that run after the schema (cross-references). Never throws:
 * aliases (`*name`, the "billion laughs" expansion), nesting past MAX_YAML_DEPTH, a BOM and invisible
 * characters are refused with their line before any value is built.
 */
export function parseYaml<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
  lineOffset = 0,
): { data?: z.infer<Schema>; findings: Finding[]; lineOf: LineOf } {
  const findings: Finding[] = [];
  const error = (line: number, message: string) => findings.push({ line: line + lineOffset, message, severity: 'error' });
  const refuse = { findings, lineOf: () => 1 + lineOffset };
  if (text.startsWith('\uFEFF')) {
    error(1, 'the file starts with a byte order mark (U+FEFF BOM): save it as UTF-8 without a BOM');
    return refuse;
  }
  for (const problem of forbiddenCharacters(text).slice(0, 20)) {
    error(problem.line, `${characterName(problem.char)} at column ${problem.column}: invisible and control characters are not allowed (delete it)`);
  }
  const deep = tooDeepLine(text, MAX_YAML_DEPTH);
  if (deep) {
    error(deep, `YAML nested more than ${MAX_YAML_DEPTH} levels deep: content files are not that deep`);
    return refuse;
  }
  if (findings.length) return refuse;

  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (caught) {
    error(1, `YAML could not be read: ${caught instanceof Error ? caught.message.split('\n')[0] : String(caught)}`);
    return refuse;
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const lineOf: LineOf = (path) => {
    let node = document.getIn(path, true);
    for (let depth = path.length - 1; !node && depth >= 0; depth--) node = document.getIn(path.slice(0, depth), true);
    const offset = node && typeof node === 'object' && 'range' in node && Array.isArray(node.range) ? Number(node.range[0]) : 0;
    return lineAt(offset);
  };
  for (const problem of document.errors) findings.push({ line: lineAt(problem.pos[0]), message: `YAML: ${problem.message.split('\n')[0]}`, severity: 'error' });
  if (document.errors.length) return { findings, lineOf };

  // Aliases: refused wherever they are (an explicit stack, not recursion, for the same reason as above).
  const stack: unknown[] = [document.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isAlias(node)) {
      findings.push({ line: lineAt(node.range?.[0] ?? 0), message: `YAML alias *${node.source} is not allowed: write the value out (aliases can expand a small file into gigabytes)`, severity: 'error' });
    } else if (isCollection(node)) {
      for (const item of node.items) {
        if (item && typeof item === 'object' && 'key' in item && 'value' in item) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
  if (findings.length) return { findings, lineOf };

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 0 });
  } catch (caught) {
    findings.push({ line: 1 + lineOffset, message: `YAML could not be read: ${caught instanceof Error ? caught.message.split('\n')[0] : String(caught)}`, severity: 'error' });
    return { findings, lineOf };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { data: parsed.data, findings, lineOf };
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    findings.push({ line: lineOf(path), message: `${path.join('.') || '(root)'}: ${issue.message}`, severity: 'error' });
  }
  return { findings, lineOf };
}
