// npm run build, first step (scripts/build-atomic.ts): decides which per-article routes this build
// renders (lib/build/plan.ts) and writes the plan to .cache/build/plan.json, which build-atomic names
// in SONG_NGU_EXPORT_PLAN for the steps after it. The articles'
// analyses come from the build cache (lib/article/analysis-cache.ts), so after check:content this
// costs a read of each file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getAnalysedArticles, siteConcordance } from '../lib/article';
import { concordanceShown } from '../lib/article/concordance';
import { analysisKey } from '../lib/article/analysis-cache';
import { articleEnd, articleEndShown } from '../lib/article/related';
import { previousDirectory } from './build-atomic';
import { codeFingerprint, filesFingerprint, knowledgeFingerprint } from '../lib/build/code-fingerprint';
import { cacheKey } from '../lib/build/content-store';
import { articleCacheKeysFile, exportStamp, planFile, readLastGood, type ArticleCacheKeys } from '../lib/build/export-plan';
import { buildManifest, planExport, reusedOutputs } from '../lib/build/plan';
import { bodyKey } from '../lib/content/body-cache';
import { CONTENT_DIR } from '../lib/content/load';
import { getEntityIndex } from '../lib/entities';
import { cardRendererFingerprint } from '../lib/share/card-render';

const out = resolve('out');
const articles = getAnalysedArticles();
// Everything every route renders from besides its article: the code (with the build's own scripts, the
// public files and the card renderer's fonts), the shared content, the Node that compresses the files,
// and what the build reads from the environment.
const fingerprint = cacheKey(
  codeFingerprint(),
  filesFingerprint(process.cwd(), ['scripts', 'public']),
  cardRendererFingerprint(),
  knowledgeFingerprint(CONTENT_DIR),
  process.version,
  process.env.SONG_NGU_SITE_URL ?? '',
  process.env.SONG_NGU_DRAFTS ?? '',
);
const manifest = buildManifest(
  fingerprint,
  articles.map((article) => ({ slug: article.slug, sourceHash: article.source.sourceHash, shown: articleEndShown(articleEnd(article, articles)) })),
  getEntityIndex().list.map((entity) => ({ id: entity.id, shown: concordanceShown(siteConcordance().get(entity.id) ?? []) })),
);
const lastGood = readLastGood();
const stamp = exportStamp(previousDirectory(out));
const plan = planExport(manifest, {
  manifest: lastGood?.manifest,
  exportMatches: Boolean(lastGood && stamp && stamp.ino === lastGood.stamp.ino && stamp.mtimeMs === lastGood.stamp.mtimeMs && stamp.size === lastGood.stamp.size),
});
mkdirSync(dirname(planFile()), { recursive: true });
writeFileSync(planFile(), JSON.stringify(plan));
writeFileSync(
  articleCacheKeysFile(),
  JSON.stringify({ analysis: articles.map((article) => analysisKey(article.source)), bodies: articles.map((article) => bodyKey(article.source)) } satisfies ArticleCacheKeys),
);
console.log(
  plan.mode === 'full'
    ? `plan-export: full build (${plan.reason}), ${articles.length} articles`
    : `plan-export: incremental, ${articles.length} articles; pages of ${plan.render.page.length}, data of ${plan.render['article-data'].length}, entity pages of ${plan.renderEntities.length} rendered; ${reusedOutputs(plan).length} outputs from the previous export, ${plan.refillEnds.length} with a new article end`,
);
