// npm run build, after `next build` and before write-headers: writes every sentence's share page
// (`/<locale>/articles/<slug>/s/<unit>/index.html`, lib/share/share-page.ts) and every preview card
// (`/cards/<slug>/card.png`, `/cards/<slug>/<unit>/card.png`) into out/. A React page and a next/og
// route per sentence cost about 2.5 s per article; this costs a few milliseconds per page, and the
// cards come from the cache under .cache/cards when their text and renderer are unchanged, the rest
// rendered in parallel worker threads (one per core). Prints one JSON line of counts and timings last.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { getAnalysedArticles } from '../lib/article';
import { ContentStore } from '../lib/build/content-store';
import { isReused } from '../lib/build/export-plan';
import { WorkerPool } from '../lib/build/worker-pool';
import { getPublishedArticles } from '../lib/content/load';
import { locales } from '../lib/i18n/config';
import { getTranslator } from '../lib/i18n/server';
import { cardKey, cardRendererFingerprint } from '../lib/share/card-render';
import { articleCards, type ShareCardText } from '../lib/share/card-text';
import { sentenceHeadTags, TITLE_SEPARATOR } from '../lib/share/metadata';
import { documentShell, sharePageHtml } from '../lib/share/share-page';
import { articlePath, sentencePath } from '../lib/site';

const out = resolve(process.env.SONG_NGU_OUT_DIR ?? 'out');
const cache = resolve(process.env.SONG_NGU_CACHE_DIR ?? '.cache');

/** A path of the site (`/a/b/`, `/a/b.png`) as a file in out/. */
const outFile = (path: string) => join(out, ...path.split('/').filter(Boolean), ...(path.endsWith('/') ? ['index.html'] : []));

function write(path: string, body: string | Uint8Array): void {
  const file = outFile(path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

const start = performance.now();
const articles = getPublishedArticles();

// --- the share pages ------------------------------------------------------------------------------
let pages = 0;
for (const locale of locales) {
  const t = await getTranslator(locale);
  // The fonts, stylesheet and icon Next linked into this locale's pages (their names carry hashes).
  const shell = documentShell(readFileSync(outFile(`/${locale}/`), 'utf8'));
  for (const article of articles) {
    const { slug, headline } = article.meta;
    const heading = t('sentence.title', { headline: headline.vi });
    // A page reused from the previous export brings its share pages with it (lib/build/export-plan.ts).
    if (isReused('page', slug)) continue;
    for (const unit of article.structure.blocks.flatMap((block) => block.units)) {
      const html = sharePageHtml({
        shell,
        locale,
        title: `${heading}${TITLE_SEPARATOR}${t('site.name')}`,
        heading,
        vietnamese: unit.vi,
        english: unit.en,
        target: `${articlePath(locale, slug)}#${unit.id}`,
        readInArticle: t('sentence.readInArticle'),
        siteName: t('site.name'),
        homeHref: `/${locale}/`,
        tags: sentenceHeadTags(article, unit, locale),
      });
      write(sentencePath(locale, slug, unit.id), html);
      pages += 1;
    }
  }
}
const pagesDone = performance.now();

// --- the cards ------------------------------------------------------------------------------------
const store = new ContentStore(join(cache, 'cards'));
const fingerprint = cardRendererFingerprint();
const analysed = getAnalysedArticles();
const cards = analysed.flatMap((article) => articleCards(article).map((card) => ({ ...card, slug: article.slug })));
const reusedCards = new Set(analysed.map((article) => article.slug).filter((slug) => isReused('cards', slug)));
const used = new Set<string>();
const pool = new WorkerPool<ShareCardText, Uint8Array>(new URL('../lib/share/card-worker.ts', import.meta.url), availableParallelism(), (result) => z.instanceof(Uint8Array).parse(result));
let rendered = 0;
try {
  await Promise.all(
    cards.map(async ({ slug, path, text }) => {
      const key = cardKey(fingerprint, text);
      used.add(key);
      // A reused article's cards are in out/ already; their entries stay in the cache for the next full build.
      if (reusedCards.has(slug)) return;
      const cached = store.get(key);
      let png: Uint8Array;
      if (cached.status === 'hit') png = cached.body;
      else {
        png = await pool.run(text);
        store.put(key, png);
        rendered += 1;
      }
      write(path, png);
    }),
  );
} finally {
  await pool.close();
}
const pruned = store.prune(used);
const end = performance.now();

const reusedCardCount = cards.filter((card) => reusedCards.has(card.slug)).length;
const summary = {
  sharePages: pages,
  cards: cards.length - reusedCardCount,
  cardsReused: reusedCardCount,
  cardsRendered: rendered,
  cache: { ...store.stats, pruned },
  workers: availableParallelism(),
  pagesSeconds: Number(((pagesDone - start) / 1000).toFixed(2)),
  cardsSeconds: Number(((end - pagesDone) / 1000).toFixed(2)),
};
console.log(
  `write-share-pages: ${pages} share pages in ${summary.pagesSeconds} s; ${summary.cards} cards in ${summary.cardsSeconds} s (${reusedCardCount} reused with their articles) ` +
    `(${store.stats.hits} from the cache, ${rendered} rendered on ${summary.workers} workers, ${store.stats.corrupt} corrupt entries rebuilt)`,
);
console.log(JSON.stringify(summary));
