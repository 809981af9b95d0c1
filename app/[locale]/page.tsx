import type { Metadata } from 'next';
import { ArticleCard } from '@/components/article-card';
import { LibraryKnownShare } from '@/components/islands/known-share/library-known-share';
import { SiteHeader } from '@/components/site-header';
import { messagesFor } from '@/lib/i18n/resources';
import { getPublishedArticles } from '@/lib/content/load';
import { localeOf } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const t = await getTranslator(await localeOf(params));
  return { title: t('library.title'), description: t('library.intro') };
}

export default async function LibraryPage({ params }: PageProps<'/[locale]'>) {
  const locale = await localeOf(params);
  const t = await getTranslator(locale);
  const articles = getPublishedArticles();
  return (
    <>
      <SiteHeader t={t} locale={locale} path="/" />
      <main id="main" className="library">
        <h1>{t('library.title')}</h1>
        <p className="library-intro">{t('library.intro')}</p>
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
