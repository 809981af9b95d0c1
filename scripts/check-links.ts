// npm run check:links — crawls the exported site from its HTML files: every internal link, script,
// stylesheet, font and image must exist, and every #fragment must name an id on its target page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const out = join(process.cwd(), process.env.SONG_NGU_OUT_DIR ?? 'out');
const ORIGIN = 'http://site.invalid';

function htmlFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

function fileFor(pathname: string): string | null {
  const path = join(out, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : null;
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

const pages = htmlFiles(out);
const trees = new Map<string, Root>(pages.map((file) => [file, fromHtml(readFileSync(file, 'utf8'))]));
const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  const cached = idsCache.get(file);
  if (cached) return cached;
  const ids = new Set<string>();
  const tree = trees.get(file) ?? fromHtml(readFileSync(file, 'utf8'));
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  idsCache.set(file, ids);
  return ids;
}

const problems: string[] = [];
let links = 0;
const stylesheets = new Set<string>();
/** Fonts and images a stylesheet pulls in. */
function checkStylesheet(file: string, pathname: string): void {
  if (stylesheets.has(file)) return;
  stylesheets.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
    const url = new URL(match[1] ?? '', `${ORIGIN}${pathname}`);
    if (url.origin !== ORIGIN || url.protocol === 'data:') continue;
    links += 1;
    if (!fileFor(url.pathname)) problems.push(`${pathname}: url(${match[1]}) → nothing at ${url.pathname}`);
  }
}
for (const [file, tree] of trees) {
  const pagePath = `/${relative(out, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  visit(tree, 'element', (node: Element) => {
    const attribute = node.tagName === 'a' || node.tagName === 'link' ? node.properties.href : node.properties.src;
    if (typeof attribute !== 'string' || !['a', 'link', 'script', 'img', 'source'].includes(node.tagName)) return;
    const url = new URL(attribute, `${ORIGIN}${pagePath}`);
    if (url.origin !== ORIGIN) return;
    links += 1;
    const target = fileFor(url.pathname);
    if (!target) {
      problems.push(`${pagePath}: <${node.tagName}> ${attribute} → nothing at ${url.pathname}`);
      return;
    }
    if (target.endsWith('.css')) checkStylesheet(target, url.pathname);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) problems.push(`${pagePath}: ${attribute} → no id "${fragment}" on ${url.pathname}`);
  });
}
for (const problem of problems) console.log(problem);
console.log(`check:links: ${pages.length} pages, ${links} internal links and assets, ${problems.length} broken`);
process.exit(problems.length ? 1 : 0);
