// npm run build, right after `next build`: writes each article's body into its page. In the export,
// components/article-body.tsx renders the body as an empty slot, so the reading text is not sent a
// second time as RSC payload nor hydrated; this step fills the slot with the same hast as static HTML
// (lib/render/article-body.ts). It runs before link-unchanged, over the pages this build rendered (the
// export plan's, lib/build/export-plan.ts: all of them in a full build); only empty slots are filled
// (lib/render/body-slot.ts), so a page already filled is left untouched, and a page without exactly
// one slot stops the build. Prints one JSON line of counts and the time last.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getAnalysedArticle } from '../lib/article';
import { slugsToRender } from '../lib/build/export-plan';
import { getPublishedArticles } from '../lib/content/load';
import { getEntityIndex } from '../lib/entities';
import { locales } from '../lib/i18n/config';
import { getTranslator } from '../lib/i18n/server';
import { renderArticle } from '../lib/render/article';
import { articleBodyHtml } from '../lib/render/article-body';
import { fillBodySlot } from '../lib/render/body-slot';
import { articlePath } from '../lib/site';

const out = resolve(process.env.SONG_NGU_OUT_DIR ?? 'out');
const start = performance.now();
const entities = getEntityIndex();
let filled = 0;
let alreadyFilled = 0;
const rendered = slugsToRender('page', getPublishedArticles().map(({ meta }) => meta.slug));
for (const locale of locales) {
  const t = await getTranslator(locale);
  for (const slug of rendered) {
    const path = articlePath(locale, slug);
    const file = join(out, ...path.split('/').filter(Boolean), 'index.html');
    const page = readFileSync(file, 'utf8');
    const result = fillBodySlot(
      page,
      () => {
        const analysed = getAnalysedArticle(slug);
        if (!analysed) throw new Error(`write-article-bodies: ${path}: the article does not analyse`);
        return articleBodyHtml(renderArticle(analysed, locale, t, entities));
      },
      path,
    );
    if (result.status === 'already-filled') {
      alreadyFilled += 1;
      continue;
    }
    writeFileSync(file, result.html);
    filled += 1;
  }
}
console.log(JSON.stringify({ step: 'write-article-bodies', filled, alreadyFilled, seconds: Number(((performance.now() - start) / 1000).toFixed(2)) }));
