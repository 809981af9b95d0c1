import type { Metadata } from 'next';
import { Review } from '@/components/islands/review/review';
import { SiteHeader } from '@/components/site-header';
import { localeOf } from '@/lib/i18n/config';
import { messagesFor } from '@/lib/i18n/resources';
import { getTranslator } from '@/lib/i18n/server';
import { DATA } from '@/lib/render/contract';

export async function generateMetadata({ params }: PageProps<'/[locale]/review'>): Promise<Metadata> {
  const t = await getTranslator(await localeOf(params));
  return { title: t('review.title'), description: t('review.intro'), robots: { index: false } };
}

export default async function ReviewPage({ params }: PageProps<'/[locale]/review'>) {
  const locale = await localeOf(params);
  const t = await getTranslator(locale);
  const messages = messagesFor(locale);
  return (
    <>
      <SiteHeader t={t} locale={locale} path="/review/" />
      <main id="main" className="review" {...{ [DATA.eagerScripts.name]: '' }}>
        <h1>{t('review.title')}</h1>
        <p>{t('review.intro')}</p>
        <noscript>
          <p>{t('review.noScript')}</p>
        </noscript>
        <Review locale={locale} messages={{ review: messages.review, studyTools: messages.studyTools }} />
      </main>
    </>
  );
}
