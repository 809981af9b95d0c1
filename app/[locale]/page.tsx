import type { Metadata } from 'next';
import { ArticleCard } from '@/components/article-card';
import { DemoSentence, demoUnit } from '@/components/demo-sentence';
import { LibraryKnownShare } from '@/components/islands/known-share/library-known-share';
import { SiteHeader } from '@/components/site-header';
import { getAnalysedArticles } from '@/lib/article';
import { messagesFor } from '@/lib/i18n/resources';
import { getPublishedArticles } from '@/lib/content/load';
import { getLexicon } from '@/lib/lexicon/load';
import { localeOf } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const t = await getTranslator(await localeOf(params));
  // The layout's title template reaches child segments only: this page is the layout's own.
  return { title: { absolute: `${t('library.title')} · ${t('site.name')}` }, description: t('library.intro') };
}

export default async function LibraryPage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeOf(params);
  const t = await getTranslator(locale);
  const articles = getPublishedArticles();
  const [newest] = getAnalysedArticles();
  const demo = newest && demoUnit(newest.units);
  return (
    <>
      <SiteHeader t={t} locale={locale} path="/" />
      <main id="main" className="library">
        <h1>{t('library.title')}</h1>
        <p className="library-intro">{t('library.intro')}</p>
        {newest && demo ? <DemoSentence unit={demo} slug={newest.slug} lexicon={getLexicon()} t={t} locale={locale} /> : null}
        <p className="library-count">{t('library.count', { count: articles.length })}</p>
        <ol className="article-list">
          {articles.map((article) => (
            <li key={article.meta.slug}>
              <ArticleCard article={article} t={t} locale={locale} />
              <LibraryKnownShare locale={locale} messages={{ study: messagesFor(locale).study }} slug={article.meta.slug} />
            </li>
          ))}
        </ol>
      </main>
    </>
  );
}
