import type { Metadata } from 'next';
import { SiteHeader } from '@/components/site-header';
import { getPublishedArticles } from '@/lib/content/load';
import { articleDataPath, DATA_INDEX_PATH, ENTITIES_DATA_PATH, FEED_PATH, LEXICON_PATH } from '@/lib/paths';
import { localeOf } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata({ params }: PageProps<'/[locale]/data'>): Promise<Metadata> {
  const t = await getTranslator(await localeOf(params));
  return { title: t('openData.title'), description: t('openData.intro') };
}

export default async function OpenDataPage({ params }: PageProps<'/[locale]/data'>) {
  const locale = await localeOf(params);
  const t = await getTranslator(locale);
  return (
    <>
      <SiteHeader t={t} locale={locale} path="/data/" />
      <main id="main" className="open-data">
        <h1>{t('openData.title')}</h1>
        <p>{t('openData.intro')}</p>
        <ul>
          <li>
            <a href={DATA_INDEX_PATH}>{t('openData.index')}</a> <code>{DATA_INDEX_PATH}</code>
          </li>
          <li>
            <a href={ENTITIES_DATA_PATH}>{t('openData.entities')}</a> <code>{ENTITIES_DATA_PATH}</code>
          </li>
          <li>
            <a href={LEXICON_PATH}>{t('openData.lexicon')}</a> <code>{LEXICON_PATH}</code>
          </li>
          <li>
            <a href={FEED_PATH}>{t('openData.feed')}</a> <code>{FEED_PATH}</code>
          </li>
        </ul>
        <h2>{t('openData.articles')}</h2>
        <ul>
          {getPublishedArticles().map((article) => (
            <li key={article.meta.slug}>
              <a href={articleDataPath(article.meta.slug)} lang="vi">
                {article.meta.headline.vi}
              </a>{' '}
              <code>{articleDataPath(article.meta.slug)}</code>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
