// Article bodies read once across processes and builds. Every process of `npm run build` (check:content,
// plan-export, each `next build` worker, fill-article-pages, write-share-pages) reads every article,
// and parsing the Markdown was about 10 ms an article: 10 s per process at 1,000 articles, most of
// what an incremental build spent outside Next. Now the first process stores what the body yields —
// its aligned structure, its findings and its explicit entity references — under a key that hashes the body and the code, and the
// others read it back, checked against a schema; a damaged entry is parsed again. The mdast tree is
// parsed only when something asks for it (rendering a page's body, analysing an article that is not
// in the analysis cache), so a process that renders few pages parses few bodies.
import 'server-only';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import { parseMarkdown } from '../article/parse';
import { BLOCK_KINDS, readStructure, UNIT_STATUSES, type ArticleStructure } from '../article/structure';
import { bodyCacheDirectory } from '../build/cache-directory';
import { codeFingerprint } from '../build/code-fingerprint';
import { cacheKey, ContentStore } from '../build/content-store';
import { validateStructure, type Finding } from './validate';

const problemSchema = z.object({ line: z.number(), message: z.string() });
const structureSchema = z.object({
  blocks: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(BLOCK_KINDS),
      line: z.number(),
      units: z.array(
        z.object({
          id: z.string(),
          vi: z.string(),
          en: z.string().nullable(),
          machine: z.string().nullable(),
          status: z.enum(UNIT_STATUSES),
          line: z.number(),
        }),
      ),
    }),
  ),
  notes: z.array(z.object({ id: z.string(), target: z.string(), vi: z.string(), en: z.string(), line: z.number() })),
  problems: z.array(problemSchema),
}) satisfies z.ZodType<ArticleStructure>;
const entityDirectiveSchema = z.object({ id: z.string().optional(), off: z.boolean(), line: z.number() });
const entrySchema = z.object({
  structure: structureSchema,
  findings: z.array(problemSchema.extend({ severity: z.enum(['error', 'warning']) })),
  entityDirectives: z.array(entityDirectiveSchema),
}) satisfies z.ZodType<{ structure: ArticleStructure; findings: Finding[]; entityDirectives: EntityDirective[] }>;

/** An explicit `:entity[…]{#id}` (or `{off}`) in the body; its line is the body's. check:content checks the ids exist. */
export interface EntityDirective {
  id?: string;
  off: boolean;
  line: number;
}

function entityDirectives(tree: Root): EntityDirective[] {
  const found: EntityDirective[] = [];
  visit(tree, 'textDirective', (node) => {
    if (node.name !== 'entity') return;
    const id = node.attributes?.id;
    found.push({ ...(id ? { id } : {}), off: Boolean(node.attributes && 'off' in node.attributes), line: node.position?.start.line ?? 1 });
  });
  return found;
}

export interface ReadBody {
  structure: ArticleStructure;
  /** Lines are the body's. */
  findings: Finding[];
  entityDirectives: EntityDirective[];
  /** The body's mdast, parsed on first use. */
  tree: () => Root;
}

let store: ContentStore | undefined;
let fingerprint: string | undefined;

/** The cache key of an article's read body: the body, where it starts, whether it is published (the checks differ), and the code. */
export function bodyKey(article: { body: string; bodyLine: number; meta: { status: string } }): string {
  fingerprint ??= cacheKey('article body', codeFingerprint());
  return cacheKey(fingerprint, article.body, String(article.bodyLine), article.meta.status === 'published' ? 'published' : 'draft');
}

function lazyTree(body: string, parsed?: Root): () => Root {
  let tree = parsed;
  return () => (tree ??= parseMarkdown(body));
}

/** Parses and checks a body (validateStructure), or reads what that gave from the cache. */
export function readBody(body: string, bodyLine: number, published: boolean): ReadBody {
  const parse = (): ReadBody => {
    const tree = parseMarkdown(body);
    const structure = readStructure(tree);
    return { structure, findings: validateStructure(tree, structure, published, bodyLine), entityDirectives: entityDirectives(tree), tree: lazyTree(body, tree) };
  };
  // `next dev` reads afresh: its code changes under a running process, which the fingerprint (taken once) would not see.
  if (process.env.NODE_ENV === 'development') return parse();
  store ??= new ContentStore(bodyCacheDirectory());
  const key = bodyKey({ body, bodyLine, meta: { status: published ? 'published' : 'draft' } });
  const cached = store.get(key);
  if (cached.status === 'hit') {
    const entry = readBack(cached.body);
    if (entry) return { ...entry, tree: lazyTree(body) };
  }
  const result = parse();
  store.put(key, Buffer.from(JSON.stringify({ structure: result.structure, findings: result.findings, entityDirectives: result.entityDirectives } satisfies z.infer<typeof entrySchema>)));
  return result;
}

function readBack(body: Buffer): z.infer<typeof entrySchema> | undefined {
  try {
    const parsed = entrySchema.safeParse(JSON.parse(body.toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
