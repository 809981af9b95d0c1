import type { Metadata } from 'next';
import { MyWords } from '@/components/my-words';
import { SiteHeader } from '@/components/site-header';
import { localeOf } from '@/lib/i18n/config';
import { messagesFor } from '@/lib/i18n/resources';
import { getTranslator } from '@/lib/i18n/server';
import { DATA } from '@/lib/render/contract';

export async function generateMetadata({ params }: PageProps<'/[locale]/words'>): Promise<Metadata> {
  const t = await getTranslator(await localeOf(params));
  return { title: t('myWords.title'), description: t('myWords.intro'), robots: { index: false } };
}

export default async function MyWordsPage({ params }: PageProps<'/[locale]/words'>) {
  const locale = await localeOf(params);
  const t = await getTranslator(locale);
  return (
    <>
      <SiteHeader t={t} locale={locale} path="/words/" />
      <main id="main" className="my-words" {...{ [DATA.eagerScripts.name]: '' }}>
        <h1>{t('myWords.title')}</h1>
        <p>{t('myWords.intro')}</p>
        <noscript>
          <p>{t('myWords.noScript')}</p>
        </noscript>
        <MyWords locale={locale} messages={{ myWords: messagesFor(locale).myWords }} />
      </main>
    </>
  );
}
