import Link from 'next/link';
import type { TFunction } from 'i18next';
import { localeNames, locales, type Locale } from '@/lib/i18n/config';
import { messagesFor } from '@/lib/i18n/resources';
import { ReviewCount } from './islands/review-count/review-count';
import { LanguageLinks } from './islands/preferences/language-links';
import { ThemeSwitch } from './islands/preferences/theme-switch';

/** `path` is the current page below the locale ("/articles/x/"), so switching language stays on it. */
export function SiteHeader({ t, locale, path }: { t: TFunction; locale: Locale; path: string }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <Link className="site-name" href={`/${locale}/`} lang="vi">
        {t('site.name')}
      </Link>
      <nav aria-label={t('site.primaryNav')} className="site-nav">
        <Link href={`/${locale}/`}>{t('site.library')}</Link>
        <Link href={`/${locale}/entities/`}>{t('site.entities')}</Link>
        <Link href={`/${locale}/timeline/`}>{t('site.timeline')}</Link>
        <Link href={`/${locale}/search/`}>{t('site.search')}</Link>
        <Link href={`/${locale}/words/`}>{t('site.myWords')}</Link>
        <ReviewCount locale={locale} messages={{ reviewCount: messagesFor(locale).reviewCount }} />
      </nav>
      <ThemeSwitch locale={locale} messages={{ theme: messagesFor(locale).theme }} />
      <nav aria-label={t('site.languageSwitch')} className="language-switch">
        <LanguageLinks current={locale} links={locales.map((other) => ({ locale: other, href: `/${other}${path}`, name: localeNames[other] }))} />
      </nav>
    </header>
  );
}
