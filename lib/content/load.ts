import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import { parseMarkdown } from '../article/parse';
import { readStructure, type ArticleStructure } from '../article/structure';
import { frontmatterSchema, type Frontmatter } from './schema';
import { validateStructure, type Finding } from './validate';
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
  tree: Root;
  structure: ArticleStructure;
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses and validates one article file. Never throws for bad content: it returns findings. */
export function readArticle(path: string, source: string): { article?: Article; findings: FileFinding[] } {
  const file = relative(process.cwd(), path);
  const findings: FileFinding[] = [];
  const add = (line: number, message: string, severity: Finding['severity'] = 'error') =>
    findings.push({ file, line, message, severity });

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
  const tree = parseMarkdown(body);
  const structure = readStructure(tree);
  const published = meta ? meta.status === 'published' : /^status:\s*published\s*$/m.test(match[1] ?? '');
  for (const finding of validateStructure(tree, structure, published, bodyLine)) {
    findings.push({ ...finding, file, line: finding.line + bodyLine - 1 });
  }
  if (source !== source.normalize('NFC')) add(1, 'the file is not in Unicode NFC');
  if (!meta) return { findings };
  const expectedName = `${meta.slug}.md`;
  if (!path.endsWith(expectedName)) add(2, `the file name must be the slug: ${expectedName}`);
  return { article: { file, meta, body, bodyLine, tree, structure }, findings };
}

/** All articles under content/articles, checked together (slugs unique). */
export function readAllArticles(directory = ARTICLES_DIR): { articles: Article[]; findings: FileFinding[] } {
  const articles: Article[] = [];
  const findings: FileFinding[] = [];
  const files = readdirSync(directory).filter((name) => name.endsWith('.md')).sort();
  for (const name of files) {
    const path = join(directory, name);
    const result = readArticle(path, readFileSync(path, 'utf8'));
    findings.push(...result.findings);
    if (result.article) articles.push(result.article);
  }
  const slugs = new Map<string, string>();
  for (const article of articles) {
    const other = slugs.get(article.meta.slug);
    if (other) findings.push({ file: article.file, line: 2, severity: 'error', message: `slug "${article.meta.slug}" is already used by ${other}` });
    slugs.set(article.meta.slug, article.file);
  }
  return { articles, findings };
}

let cache: Article[] | undefined;

/** Drafts are built only for previews (SONG_NGU_DRAFTS=1), where untranslated units show as pending. */
const includeDrafts = process.env.SONG_NGU_DRAFTS === '1';

/** The articles the site shows, newest first. Any content error stops the build with file:line messages. */
export function getPublishedArticles(): Article[] {
  if (cache) return cache;
  const { articles, findings } = readAllArticles();
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length) throw new ContentError(errors);
  cache = articles
    .filter((article) => includeDrafts || article.meta.status === 'published')
    .sort((a, b) => b.meta.published.date.localeCompare(a.meta.published.date) || a.meta.slug.localeCompare(b.meta.slug));
  return cache;
}

export function getArticle(slug: string): Article | undefined {
  return getPublishedArticles().find((article) => article.meta.slug === slug);
}
