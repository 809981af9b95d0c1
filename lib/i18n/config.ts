export const locales = ['en', 'vi'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return locales.some((locale) => locale === value);
}

/** BCP 47 tags for Intl and og:locale-style uses. */
export const localeTags: Record<Locale, string> = { en: 'en-GB', vi: 'vi-VN' };

/** Each interface language named in itself, as language switchers show them. */
export const localeNames: Record<Locale, string> = { en: 'English', vi: 'Tiếng Việt' };

/** The locale of a `[locale]` route's params; the static params only ever give known ones. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : defaultLocale;
}
