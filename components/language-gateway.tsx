import { localeNames, locales } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';

/** Both languages offered in their own words; the gateway layout's pre-paint script redirects before paint when it can. */
export async function LanguageGateway() {
  const translators = await Promise.all(locales.map(async (locale) => [locale, await getTranslator(locale)] as const));
  const [, vietnamese] = translators.find(([locale]) => locale === 'vi') ?? [];
  return (
    <>
      <header className="site-header">
        <span className="site-name" lang="vi">
          {vietnamese?.('site.name')}
        </span>
      </header>
      <main id="main" className="gateway">
        <h1 lang="vi">{vietnamese?.('site.name')}</h1>
        <ul className="gateway-choices">
          {translators.map(([locale, t]) => (
            <li key={locale} lang={locale}>
              <a href={`/${locale}/`} hrefLang={locale}>
                {localeNames[locale]}
              </a>
              <p>{t('site.tagline')}</p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
