// npm run check:i18n — every interface string comes from lib/i18n/locales/<language>/<namespace>.ts:
// both languages define the same keys, each with exactly the plural forms its language has (English
// "one" and "other", Vietnamese only "other"), none empty; every key used in code (server `t()` and
// the islands' translator alike: "namespace.key") exists, every defined key is used, and no JSX text
// in app/ or components/ is hard-coded. Exits non-zero on any problem.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { locales, type Locale } from '../lib/i18n/config';
import { resources } from '../lib/i18n/resources';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const SOURCE_DIRS = ['app', 'components', 'lib', 'scripts'];

/** Where a namespace's strings live for one language. */
const fileOf = (locale: Locale, key: string) => `lib/i18n/locales/${locale}/${key.split('.')[0] ?? ''}.ts`;

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

const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, '');
const problems: string[] = [];
const defined = new Map(locales.map((locale) => [locale, flatten(resources[locale].translation)]));
const baseKeys = new Map(locales.map((locale) => [locale, new Set([...(defined.get(locale)?.keys() ?? [])].map(baseOf))]));

for (const locale of locales) {
  const keys = defined.get(locale) ?? new Map<string, string>();
  const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
  const plurals = new Set([...keys.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map(baseOf));
  for (const [key, text] of keys) {
    if (!text.trim()) problems.push(`${fileOf(locale, key)}: "${key}" is empty`);
    const category = PLURAL_SUFFIX.exec(key)?.[1];
    if (category && !categories.has(category)) problems.push(`${fileOf(locale, key)}: "${key}" is never read: ${locale} has no plural category "${category}"`);
  }
  // A plural key needs a form for each category the language has, or i18next falls back unevenly.
  for (const base of plurals) {
    for (const category of categories) if (!keys.has(`${base}_${category}`)) problems.push(`${fileOf(locale, base)}: "${base}" lacks its plural form "${base}_${category}"`);
  }
  for (const other of locales) {
    if (other === locale) continue;
    for (const base of baseKeys.get(locale) ?? []) if (!baseKeys.get(other)?.has(base)) problems.push(`${fileOf(other, base)}: "${base}" is defined in ${locale} but missing in ${other}`);
  }
}

const allBaseKeys = new Set(locales.flatMap((locale) => [...(baseKeys.get(locale) ?? [])]));
const usedExact = new Set<string>();
const usedPrefixes = new Set<string>();
const sources = SOURCE_DIRS.flatMap((directory) => files(join(process.cwd(), directory))).filter((file) => !file.endsWith('check-i18n.ts') && !file.includes(join('lib', 'i18n', 'locales')));
for (const file of sources) {
  const source = readFileSync(file, 'utf8');
  const name = relative(process.cwd(), file);
  for (const match of source.matchAll(/\bt\(\s*(['"])([\w.]+)\1/g)) {
    const key = match[2] ?? '';
    usedExact.add(key);
    if (!allBaseKeys.has(key)) problems.push(`${name}: t('${key}') is not defined in ${fileOf('en', key)}`);
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
for (const key of allBaseKeys) {
  const used = usedExact.has(key) || [...usedPrefixes].some((prefix) => key.startsWith(prefix));
  if (!used) problems.push(`${fileOf('en', key)}: "${key}" is defined but never used`);
}

for (const problem of problems) console.log(problem);
const namespaces = Object.keys(resources.en.translation).length;
console.log(`check:i18n: ${allBaseKeys.size} keys in ${namespaces} namespaces and ${locales.length} languages, ${sources.length} source files, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
