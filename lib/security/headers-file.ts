// The `_headers` file format that Netlify and Cloudflare Pages read (and `npm start` serves): a path
// pattern on its own line, then indented `Name: value` lines. One parser for the writer's tests and
// the server, so that what we deploy is what we test.

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: [] };
      rules.push(current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) continue;
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Both hosts treat a trailing `*` as "anything after this"; other patterns match exactly. */
export function ruleMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** Every matching rule applies, in file order; a later value for the same name replaces an earlier one. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!ruleMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) headers.set(name, value);
  }
  return headers;
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return `${rules.map((rule) => [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n\n')}\n`;
}
