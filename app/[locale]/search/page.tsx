import type { Metadata } from 'next';
import { SearchBox } from '@/components/islands/search/search-box';
import { SiteHeader } from '@/components/site-header';
import { localeOf } from '@/lib/i18n/config';
import { messagesFor } from '@/lib/i18n/resources';
import { getTranslator } from '@/lib/i18n/server';
import { DATA } from '@/lib/render/contract';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const t = await getTranslator(await localeOf(params));
  return { title: t('search.title'), description: t('search.intro') };
}

export default async function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  const locale = await localeOf(params);
  const t = await getTranslator(locale);
  return (
    <>
      <SiteHeader t={t} locale={locale} path="/search/" />
      <main id="main" className="search-page" {...{ [DATA.eagerScripts.name]: '' }}>
        <h1>{t('search.title')}</h1>
        <p>{t('search.intro')}</p>
        <noscript>
          <p className="search-noscript">{t('search.needsScript')}</p>
        </noscript>
        <SearchBox locale={locale} messages={{ search: messagesFor(locale).search }} />
      </main>
    </>
  );
}
