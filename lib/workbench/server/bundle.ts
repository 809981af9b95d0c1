// The browser side of the workbench, built when the server starts: one ES module bundled by esbuild
// from lib/workbench/client/ (pure TypeScript and DOM, no framework), and its style sheet.
import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const CLIENT_DIR = join(process.cwd(), 'lib/workbench/client');

export async function buildClient(): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [join(CLIENT_DIR, 'main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]?.text;
  if (!js) throw new Error('esbuild wrote no bundle');
  return { js, css: readFileSync(join(CLIENT_DIR, 'workbench.css'), 'utf8') };
}
