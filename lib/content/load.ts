import 'server-only';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import type { ArticleStructure } from '../article/structure';
import { readBody, type EntityDirective } from './body-cache';
import { frontmatterSchema, type Frontmatter } from './schema';
import { checkSource, type Finding } from './validate';
import { parseYaml } from './yaml';

/** SONG_NGU_CONTENT_DIR points the build and checks at another content tree (previews, test fixtures). */
export const CONTENT_DIR = process.env.SONG_NGU_CONTENT_DIR ?? join(process.cwd(), 'content');
export const ARTICLES_DIR = join(CONTENT_DIR, 'articles');

export interface Article {
  file: string;
  meta: Frontmatter;
  body: string;
  /** Line of the file on which the body starts, for messages. */
  bodyLine: number;
  /** The body's mdast (parsed when first read). */
  readonly tree: Root;
  /** Its explicit entity references, lines the body's. */
  entityDirectives: EntityDirective[];
  structure: ArticleStructure;
  /** sha256 (hex) of the file's bytes: what the build cache and the export plan key the article by. */
  sourceHash: string;
}

export interface FileFinding extends Finding {
  file: string;
}

export class ContentError extends Error {
  constructor(readonly findings: FileFinding[]) {
    super(findings.map(formatFinding).join('\n'));
    this.name = 'ContentError';
  }
}

export function formatFinding(finding: FileFinding): string {
  return `${finding.file}:${finding.line}: ${finding.severity}: ${finding.message}`;
}

/** The YAML frontmatter between two --- lines at the top of an article file. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses and validates one article file. Never throws for bad content: it returns findings. */
export function readArticle(path: string, source: string): { article?: Article; findings: FileFinding[] } {
  const file = relative(process.cwd(), path);
  const findings: FileFinding[] = [];
  const add = (line: number, message: string, severity: Finding['severity'] = 'error') =>
    findings.push({ file, line, message, severity });

  // Hostile input (a BOM, invisible characters, sizes and nesting the parser chokes on) is named
  // with file:line before anything parses it (lib/content/validate.ts).
  const raw = checkSource(source);
  for (const finding of raw.findings) add(finding.line, finding.message, finding.severity);
  if (raw.fatal) return { findings };

  const match = FRONTMATTER.exec(source);
  if (!match) {
    add(1, 'the file must start with YAML frontmatter between two --- lines');
    return { findings };
  }
  const { data: meta, findings: frontmatterFindings } = parseYaml(match[1] ?? '', frontmatterSchema, 1);
  for (const finding of frontmatterFindings) add(finding.line, `frontmatter ${finding.message}`);

  // The body is checked even when the frontmatter is not, so that one run reports every problem.
  const body = source.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  const published = meta ? meta.status === 'published' : /^status:\s*published\s*$/m.test(match[1] ?? '');
  const read = readBody(body, bodyLine, published);
  for (const finding of read.findings) {
    findings.push({ ...finding, file, line: finding.line + bodyLine - 1 });
  }
  if (source !== source.normalize('NFC')) add(1, 'the file is not in Unicode NFC');
  if (!meta) return { findings };
  const expectedName = `${meta.slug}.md`;
  if (!path.endsWith(expectedName)) add(2, `the file name must be the slug: ${expectedName}`);
  const article: Article = {
    file,
    meta,
    body,
    bodyLine,
    // Parsed on first use (lib/content/body-cache.ts): most processes never need it.
    get tree() {
      return read.tree();
    },
    structure: read.structure,
    entityDirectives: read.entityDirectives,
    sourceHash: createHash('sha256').update(source, 'utf8').digest('hex'),
  };
  return { article, findings };
}

/**
 * All articles under content/articles, checked together (slugs unique). A draft with errors is
 * skipped: it is left out of `articles`, listed in `skipped`, and its errors come back as warnings,
 * so that a half-edited draft never stops the build. A published article's errors stay errors.
 */
export function readAllArticles(directory = ARTICLES_DIR): { articles: Article[]; findings: FileFinding[]; skipped: string[] } {
  const results: { article?: Article; findings: FileFinding[]; draft: boolean }[] = [];
  const files = readdirSync(directory).filter((name) => name.endsWith('.md')).sort();
  for (const name of files) {
    const path = join(directory, name);
    const source = readFileSync(path, 'utf8');
    const result = readArticle(path, source);
    const draft = result.article ? result.article.meta.status === 'draft' : /^status:\s*['"]?draft['"]?\s*$/m.test(FRONTMATTER.exec(source)?.[1] ?? '');
    results.push({ ...result, draft });
  }
  const slugs = new Map<string, string>();
  for (const result of results) {
    const article = result.article;
    if (!article) continue;
    const other = slugs.get(article.meta.slug);
    if (other) result.findings.push({ file: article.file, line: 2, severity: 'error', message: `slug "${article.meta.slug}" is already used by ${other}` });
    else slugs.set(article.meta.slug, article.file);
  }
  const articles: Article[] = [];
  const findings: FileFinding[] = [];
  const skipped: string[] = [];
  for (const result of results) {
    const broken = result.findings.some((finding) => finding.severity === 'error');
    if (result.draft && broken) {
      skipped.push(result.findings[0]?.file ?? '');
      findings.push(...result.findings.map((finding) => (finding.severity === 'error' ? { ...finding, severity: 'warning' as const, message: `draft skipped until fixed: ${finding.message}` } : finding)));
      continue;
    }
    findings.push(...result.findings);
    if (result.article) articles.push(result.article);
  }
  return { articles, findings, skipped };
}

let cache: { articles: Article[]; signature: string } | undefined;

/** Drafts are built only for previews (SONG_NGU_DRAFTS=1), where untranslated units show as pending. */
const includeDrafts = process.env.SONG_NGU_DRAFTS === '1';

/** In the drafts preview the cache lasts only while no article file changes, so an edit shows on the next request. */
function contentSignature(): string {
  if (!includeDrafts) return '';
  return readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const stats = statSync(join(ARTICLES_DIR, name));
      return `${name}:${stats.mtimeMs}:${stats.size}`;
    })
    .join('|');
}

/**
 * The articles the site shows, newest first. Any error in a published article stops the build with
 * file:line messages; drafts are never exported, and a draft with errors is skipped (and listed).
 */
export function getPublishedArticles(): Article[] {
  const signature = contentSignature();
  if (cache && cache.signature === signature) return cache.articles;
  const { articles, findings, skipped } = readAllArticles();
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length) throw new ContentError(errors);
  if (skipped.length) console.warn(`content: skipped ${skipped.length} draft${skipped.length === 1 ? '' : 's'} with errors (run npm run check:content): ${skipped.join(', ')}`);
  const drafts = articles.filter((article) => article.meta.status === 'draft').map((article) => article.file);
  if (!includeDrafts && drafts.length) console.warn(`content: ${drafts.length} draft${drafts.length === 1 ? '' : 's'} left out of the export: ${drafts.join(', ')}`);
  const shown = articles
    .filter((article) => includeDrafts || article.meta.status === 'published')
    .sort((a, b) => b.meta.published.date.localeCompare(a.meta.published.date) || a.meta.slug.localeCompare(b.meta.slug));
  cache = { articles: shown, signature };
  return shown;
}

export function getArticle(slug: string): Article | undefined {
  return getPublishedArticles().find((article) => article.meta.slug === slug);
}
