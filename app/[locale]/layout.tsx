import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { literataLatin, literataVietnamese } from '@/components/fonts';
import { RegisterServiceWorker } from '@/components/islands/offline/register-service-worker';
import { MarkInteractive } from '@/components/islands/page-ready/mark-interactive';
import { PrePaintScript } from '@/components/pre-paint-script';
import '@/components/styles.css';
import { readerPreferencesScript } from '@/lib/client/preferences/pre-paint';
import { isLocale, locales } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { TITLE_SEPARATOR } from '@/lib/share/metadata';
import { siteUrl } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslator(locale);
  return {
    metadataBase: siteUrl,
    title: { default: t('site.name'), template: `%s${TITLE_SEPARATOR}${t('site.name')}` },
    description: t('site.tagline'),
    alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: t('openData.feed') }] } },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' };

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslator(locale);
  return (
    <html lang={locale} className={`${literataLatin.variable} ${literataVietnamese.variable}`}>
      <head>
        <PrePaintScript script={readerPreferencesScript()} />
      </head>
      <body>
        {children}
        <RegisterServiceWorker />
        <footer className="site-footer">
          <p>{t('site.footer')}</p>
          <p className="footer-links">
            <a href={`/${locale}/data/`}>{t('site.openData')}</a> <a href="/feed.xml">{t('openData.feed')}</a>
          </p>
        </footer>
        <MarkInteractive />
      </body>
    </html>
  );
}
