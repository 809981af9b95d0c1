// npm run check:i18n — every interface string comes from lib/i18n/resources.ts: both languages
// define the same keys, every key used in code exists, every defined key is used, and no JSX
// text in app/ or components/ is hard-coded. Exits non-zero on any problem.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { resources } from '../lib/i18n/resources';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const SOURCE_DIRS = ['app', 'components', 'lib', 'scripts'];

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  if (typeof value !== 'object' || value === null) return keys;
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') keys.set(path, child);
    else for (const [nested, text] of flatten(child, path)) keys.set(nested, text);
  }
  return keys;
}

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path) : /\.(tsx?|mjs)$/.test(name) ? [path] : [];
  });
}

const problems: string[] = [];
const defined = { en: flatten(resources.en.translation), vi: flatten(resources.vi.translation) };
for (const [lang, other] of [['en', 'vi'], ['vi', 'en']] as const) {
  for (const [key, text] of defined[lang]) {
    if (!defined[other].has(key)) problems.push(`lib/i18n/resources.ts: "${key}" is defined in ${lang} but missing in ${other}`);
    if (!text.trim()) problems.push(`lib/i18n/resources.ts: "${key}" is empty in ${lang}`);
  }
}

const baseKeys = new Set([...defined.en.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
const usedExact = new Set<string>();
const usedPrefixes = new Set<string>();
const sources = SOURCE_DIRS.flatMap((directory) => files(join(process.cwd(), directory))).filter((file) => !file.endsWith('check-i18n.ts'));
for (const file of sources) {
  const source = readFileSync(file, 'utf8');
  const name = relative(process.cwd(), file);
  for (const match of source.matchAll(/\bt\(\s*(['"])([\w.]+)\1/g)) {
    const key = match[2] ?? '';
    usedExact.add(key);
    if (!baseKeys.has(key)) problems.push(`${name}: t('${key}') is not defined in lib/i18n/resources.ts`);
  }
  for (const match of source.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)) usedPrefixes.add(`${match[1]}.`);
  if (name.endsWith('.tsx') && (name.startsWith('app') || name.startsWith('components'))) {
    // Literal JSX text with letters in it: interface text must come from t().
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.JsxText && /\p{L}/u.test(node.getText())) problems.push(`${name}: hard-coded interface text "${node.getText().trim()}"`);
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
  }
}
for (const key of baseKeys) {
  const used = usedExact.has(key) || [...usedPrefixes].some((prefix) => key.startsWith(prefix));
  if (!used) problems.push(`lib/i18n/resources.ts: "${key}" is defined but never used`);
}

for (const problem of problems) console.log(problem);
console.log(`check:i18n: ${baseKeys.size} keys in 2 languages, ${sources.length} source files, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
