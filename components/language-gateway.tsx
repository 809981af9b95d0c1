import { locales, type Locale } from '@/lib/i18n/config';
import { resources } from '@/lib/i18n/resources';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', vi: 'Tiếng Việt' };

/** Both languages offered in their own words; public/language-gateway.js redirects before paint when it can. */
export function LanguageGateway() {
  return (
    <main id="main" className="gateway">
      <h1 lang="vi">Song Ngữ</h1>
      <ul className="gateway-choices">
        {locales.map((locale) => (
          <li key={locale} lang={locale}>
            <a href={`/${locale}/`} hrefLang={locale}>
              {LANGUAGE_NAMES[locale]}
            </a>
            <p>{resources[locale].translation.site.tagline}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
