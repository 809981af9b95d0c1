// Writes the slots of exported article pages (scripts/fill-article-pages.ts runs it in worker
// threads, lib/render/page-fill-worker.ts), from the same hast the page renders in `next dev`:
// - a page this build rendered gets its body (lib/render/article-body.ts) and its end
//   (lib/render/article-end.ts); its body slot is filled only when empty (lib/render/page-slots.ts);
// - a page reused from the previous export whose end changed (the export plan's refillEnds) gets its
//   end slot rewritten. Reused files are hard links shared with the kept copy, so the page and its
//   .br and .gz are unlinked first and the page written as a new file; write-headers compresses it again.
import 'server-only';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { getAnalysedArticle, getAnalysedArticles } from '../article';
import type { AnalysedArticle } from '../article/model';
import { articleEnd } from '../article/related';
import { getEntityIndex } from '../entities';
import { locales, type Locale } from '../i18n/config';
import { getTranslator } from '../i18n/server';
import { articlePath } from '../site';
import { renderArticle } from './article';
import { articleBodyHtml } from './article-body';
import { articleEndHtml, articleEndTree } from './article-end';
import { fillBodySlot, setEndSlot } from './page-slots';

export interface FillCounts {
  /** Pages rendered this build whose slots were written. */
  filled: number;
  /** Of those, pages whose body slot was already filled (left as it was). */
  alreadyFilled: number;
  /** Reused pages whose end slot was rewritten. */
  endsRewritten: number;
}

export interface FillTask {
  /** Articles whose pages this build rendered. */
  rendered: readonly string[];
  /** Articles whose pages are reused but whose end changed. */
  refillEnds: readonly string[];
  out: string;
}

function analysed(slug: string, path: string) {
  const article = getAnalysedArticle(slug);
  if (!article) throw new Error(`fill-article-pages: ${path}: the article does not analyse`);
  return article;
}

const fileOf = (out: string, path: string) => join(out, ...path.split('/').filter(Boolean), 'index.html');

/** Writes the slots of each article's page in every locale, under `out`. */
export async function fillArticlePages({ rendered, refillEnds, out }: FillTask): Promise<FillCounts> {
  const entities = getEntityIndex();
  // The library every end is chosen from, read once for the batch.
  const library = getAnalysedArticles();
  const endHtml = (article: AnalysedArticle, locale: Locale, t: TFunction) => articleEndHtml(articleEndTree(articleEnd(article, library), t, locale));
  const counts: FillCounts = { filled: 0, alreadyFilled: 0, endsRewritten: 0 };
  for (const locale of locales) {
    const t = await getTranslator(locale);
    for (const slug of rendered) {
      const path = articlePath(locale, slug);
      const file = fileOf(out, path);
      const article = analysed(slug, path);
      const page = readFileSync(file, 'utf8');
      const body = fillBodySlot(page, () => articleBodyHtml(renderArticle(article, locale, t, entities)), path);
      if (body.status === 'already-filled') counts.alreadyFilled += 1;
      writeFileSync(file, setEndSlot(body.status === 'filled' ? body.html : page, endHtml(article, locale, t), path));
      counts.filled += 1;
    }
    for (const slug of refillEnds) {
      const path = articlePath(locale, slug);
      const file = fileOf(out, path);
      const page = setEndSlot(readFileSync(file, 'utf8'), endHtml(analysed(slug, path), locale, t), path);
      for (const linked of [file, `${file}.br`, `${file}.gz`]) if (existsSync(linked)) unlinkSync(linked);
      writeFileSync(file, page);
      counts.endsRewritten += 1;
    }
  }
  return counts;
}
