// The server/client boundary, checked without a build: what each island imports statically (what
// ships with its page; `import()` loads later and `import type` ships nothing) must not reach a
// server-only module, Node built-ins, i18next, or zod and the schemas it validates with.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const root = process.cwd();

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The modules a file imports at run time: not type-only imports, not dynamic ones. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly || (!clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/** A project file for a specifier, or the bare package name for anything else. */
function resolveSpecifier(from: string, specifier: string): string {
  const base = specifier.startsWith('@/') ? join(root, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : null;
  if (!base) return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  throw new Error(`${relative(root, from)}: cannot resolve ${specifier}`);
}

/** Everything an entry pulls in at run time, each with the chain that brings it. */
function closure(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const chain = reached.get(file) ?? [];
    if (!/\.tsx?$/.test(file)) continue;
    for (const specifier of runtimeImports(file)) {
      const target = resolveSpecifier(file, specifier);
      if (reached.has(target)) continue;
      reached.set(target, [...chain, target]);
      if (target.startsWith(root)) queue.push(target);
    }
  }
  return reached;
}

const islands = [...files(join(root, 'components')).filter((file) => /\.tsx$/.test(file) && /^'use client';/.test(readFileSync(file, 'utf8')))];
/** Islands that validate data with zod on purpose: My words and Review check what they read back from storage and files. */
const USES_ZOD = new Set([join(root, 'components', 'my-words.tsx'), join(root, 'components', 'islands', 'review', 'review.tsx')]);

const forbidden = (module: string, entry: string) =>
  module === 'server-only' ||
  module === 'i18next' ||
  module.startsWith('node:') ||
  (!USES_ZOD.has(entry) && (module === 'zod' || /[/\\]schema\.ts$/.test(module)));

test('there are islands to check', () => {
  assert.ok(islands.length >= 10, `${islands.length} islands`);
});

for (const entry of islands) {
  test(`${relative(root, entry)} ships no server module, i18next or (unless it must) zod`, () => {
    const leaks = [...closure(entry)].filter(([module]) => forbidden(module, entry)).map(([, chain]) => chain.map((step) => relative(root, step) || step).join(' → '));
    assert.deepEqual(leaks, []);
  });
}
