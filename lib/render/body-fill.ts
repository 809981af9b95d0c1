// Fills the article body slot of exported pages (scripts/write-article-bodies.ts runs it in worker
// threads, lib/render/body-worker.ts): each page gets its body rendered from the same hast as the
// page itself (lib/render/article-body.ts). Only empty slots are filled (lib/render/body-slot.ts).
import 'server-only';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAnalysedArticle } from '../article';
import { getEntityIndex } from '../entities';
import { locales } from '../i18n/config';
import { getTranslator } from '../i18n/server';
import { articlePath } from '../site';
import { renderArticle } from './article';
import { articleBodyHtml } from './article-body';
import { fillBodySlot } from './body-slot';

export interface FillCounts {
  filled: number;
  alreadyFilled: number;
}

/** Fills the body slot of each article's page in every locale, under `out`. */
export async function fillArticleBodies(slugs: readonly string[], out: string): Promise<FillCounts> {
  const entities = getEntityIndex();
  const counts: FillCounts = { filled: 0, alreadyFilled: 0 };
  for (const locale of locales) {
    const t = await getTranslator(locale);
    for (const slug of slugs) {
      const path = articlePath(locale, slug);
      const file = join(out, ...path.split('/').filter(Boolean), 'index.html');
      const result = fillBodySlot(
        readFileSync(file, 'utf8'),
        () => {
          const analysed = getAnalysedArticle(slug);
          if (!analysed) throw new Error(`write-article-bodies: ${path}: the article does not analyse`);
          return articleBodyHtml(renderArticle(analysed, locale, t, entities));
        },
        path,
      );
      if (result.status === 'already-filled') counts.alreadyFilled += 1;
      else {
        writeFileSync(file, result.html);
        counts.filled += 1;
      }
    }
  }
  return counts;
}
