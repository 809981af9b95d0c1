// Times the content pipeline (read, validate, parse, analyse mentions and words, render to hast) for every article of
// the content tree in SONG_NGU_CONTENT_DIR, in process. Prints one JSON line; used by bench.ts.
import { performance } from 'node:perf_hooks';
import { analyseArticle } from '../lib/article/analyse';
import { readAllArticles } from '../lib/content/load';
import { getEntityIndex } from '../lib/entities';
import { getTranslator } from '../lib/i18n/server';
import { getLexicon } from '../lib/lexicon/load';
import { renderArticle } from '../lib/render/article';

const t = await getTranslator('en');
const entities = getEntityIndex();
const lexicon = getLexicon();
const start = performance.now();
const { articles } = readAllArticles();
const read = performance.now();
for (const article of articles) {
  const analysed = analyseArticle(article, { entities, lexicon });
  for (const locale of ['en', 'vi'] as const) renderArticle(analysed, locale, locale === 'en' ? t : await getTranslator('vi'), entities);
}
const end = performance.now();
console.log(JSON.stringify({ articles: articles.length, readMs: read - start, renderMs: end - read, perArticleMs: (end - start) / articles.length }));
