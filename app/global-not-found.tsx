import type { Metadata } from 'next';
import { literataLatin, literataVietnamese } from '@/components/fonts';
import { MarkInteractive } from '@/components/islands/page-ready/mark-interactive';
import { SiteHeader } from '@/components/site-header';
import '@/components/styles.css';
import { locales } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const [en, vi] = await Promise.all([getTranslator('en'), getTranslator('vi')]);
  return { title: `${en('notFound.title')} · ${vi('notFound.title')} · ${en('site.name')}` };
}

// Unmatched URLs of any locale land here (the static host serves 404.html), so it speaks both languages.
export default async function GlobalNotFound() {
  const translators = await Promise.all(locales.map(async (locale) => [locale, await getTranslator(locale)] as const));
  const [first] = translators;
  return (
    <html lang="en" className={`${literataLatin.variable} ${literataVietnamese.variable}`}>
      <body>
        {first ? <SiteHeader t={first[1]} locale={first[0]} path="/" /> : null}
        <main id="main" className="not-found">
          {translators.map(([locale, t], index) => (
            <section key={locale} lang={locale}>
              {/* One h1 per page: the first language titles it, the other follows as its peer section. */}
              {index === 0 ? <h1>{t('notFound.title')}</h1> : <h2>{t('notFound.title')}</h2>}
              <p>{t('notFound.body')}</p>
              <p>
                <a href={`/${locale}/`}>{t('notFound.back')}</a>
              </p>
            </section>
          ))}
        </main>
        <MarkInteractive />
      </body>
    </html>
  );
}
