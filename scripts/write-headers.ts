// After `next build`: writes out/_headers (the format Netlify and Cloudflare Pages read, and that
// `npm start` serves) with the shared security headers and a per-page Content-Security-Policy.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BASE_HEADERS, contentSecurityPolicy, inlineScriptHashes } from '../lib/security/csp';

const out = join(process.cwd(), process.env.SONG_NGU_OUT_DIR ?? 'out');

function htmlFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

function routeOf(file: string): string[] {
  const path = `/${relative(out, file).split(sep).join('/')}`;
  if (path === '/404.html') return ['/404.html'];
  return path.endsWith('/index.html') ? [path.slice(0, -'index.html'.length)] : [path];
}

const lines = ['/*', ...Object.entries(BASE_HEADERS).map(([name, value]) => `  ${name}: ${value}`), ''];
let pages = 0;
for (const file of htmlFiles(out).sort()) {
  const policy = contentSecurityPolicy(inlineScriptHashes(readFileSync(file, 'utf8')));
  for (const route of routeOf(file)) lines.push(route, `  Content-Security-Policy: ${policy}`, '');
  pages += 1;
}
writeFileSync(join(out, '_headers'), lines.join('\n'));
console.log(`write-headers: ${pages} pages, per-page CSP in ${relative(process.cwd(), join(out, '_headers'))}`);
