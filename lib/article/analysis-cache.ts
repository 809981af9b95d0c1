// Analysed articles kept between processes and builds. check:content, every `next build` worker,
// write-share-pages and the scripts each analysed every article (about 55 ms each on a quiet machine,
// README "Performance"); now the first process to need an analysis stores it under a key that hashes
// what the analysis reads — the article file's bytes, the entities, the lexicon and the rest of
// content/ (knowledgeFingerprint), and the code (codeFingerprint) — and the others read it back.
// What is read back is checked against the model's schema; a damaged or unreadable entry is analysed
// again. Entries no article of the build uses are pruned at the end of `npm run build`.
import 'server-only';
import { analysisCacheDirectory } from '../build/cache-directory';
import { codeFingerprint, knowledgeFingerprint } from '../build/code-fingerprint';
import { cacheKey, ContentStore } from '../build/content-store';
import { CONTENT_DIR, type Article } from '../content/load';
import { analyseArticle, analysedArticle, type AnalysisContext } from './analyse';
import type { AnalysedArticle } from './model';
import { analysisSchema, type Analysis } from './model-schema';

let fingerprint: string | undefined;
let store: ContentStore | undefined;

/** What every analysis depends on besides its own article: the code and the content it is read against. */
export function analysisFingerprint(): string {
  fingerprint ??= cacheKey('analysis', codeFingerprint(), knowledgeFingerprint(CONTENT_DIR));
  return fingerprint;
}

/** The cache key of one article's analysis. */
export const analysisKey = (article: Pick<Article, 'file' | 'sourceHash'>): string => cacheKey(analysisFingerprint(), article.file, article.sourceHash);

function readBack(body: Buffer): Analysis | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = analysisSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The article analysed, from the cache when an entry for exactly these inputs exists. `context` is
 * asked for only on a miss, so a process whose analyses are all cached never builds the lexicon index.
 * `next dev` analyses afresh: its code changes under a running process, which the fingerprint (taken
 * once per process) would not see.
 */
export function analyseCached(article: Article, context: () => AnalysisContext): AnalysedArticle {
  if (process.env.NODE_ENV === 'development') return analyseArticle(article, context());
  store ??= new ContentStore(analysisCacheDirectory());
  const key = analysisKey(article);
  const cached = store.get(key);
  const analysis = cached.status === 'hit' ? readBack(cached.body) : undefined;
  if (analysis) return analysedArticle(article, analysis);
  const result = analyseArticle(article, context());
  store.put(key, Buffer.from(JSON.stringify({ headline: result.headline, blocks: result.blocks } satisfies Analysis)));
  return result;
}
