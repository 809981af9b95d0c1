import type { TFunction } from 'i18next';
import { localeNames, locales, type Locale } from '@/lib/i18n/config';
import { messagesFor } from '@/lib/i18n/resources';
import { ReviewCount } from './islands/review-count/review-count';
import { LanguageLinks } from './islands/preferences/language-links';
import { ThemeSwitch } from './islands/preferences/theme-switch';

/**
 * One compact row: the site's name, the sections (a row that scrolls sideways on a phone rather than
 * breaking a word) and the settings, theme and interface language, behind one disclosure that opens
 * without JavaScript. `path` is the current page below the locale ("/articles/x/"), so switching
 * language stays on it.
 */
export function SiteHeader({ t, locale, path }: { t: TFunction; locale: Locale; path: string }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <a className="site-name" href={`/${locale}/`} lang="vi">
        {t('site.name')}
      </a>
      <nav aria-label={t('site.primaryNav')} className="site-nav">
        <a href={`/${locale}/`}>{t('site.library')}</a>
        <a href={`/${locale}/entities/`}>{t('site.entities')}</a>
        <a href={`/${locale}/timeline/`}>{t('site.timeline')}</a>
        <a href={`/${locale}/search/`}>{t('site.search')}</a>
        <a href={`/${locale}/words/`}>{t('site.myWords')}</a>
        <ReviewCount locale={locale} messages={{ reviewCount: messagesFor(locale).reviewCount }} />
      </nav>
      <details className="site-settings">
        <summary>
          <svg className="settings-icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <path d="M4 7h10M18 7h2M4 17h2M10 17h10" />
            <circle cx="16" cy="7" r="2" />
            <circle cx="8" cy="17" r="2" />
          </svg>
          <span className="settings-label">{t('site.settings')}</span>
        </summary>
        <div className="settings-panel">
          <ThemeSwitch locale={locale} messages={{ theme: messagesFor(locale).theme }} />
          <nav aria-label={t('site.languageSwitch')} className="language-switch">
            <LanguageLinks current={locale} links={locales.map((other) => ({ locale: other, href: `/${other}${path}`, name: localeNames[other] }))} />
          </nav>
        </div>
      </details>
    </header>
  );
}
