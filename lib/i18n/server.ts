// The server's translator: i18next stays on the server (islands use lib/client/i18n/translator.ts).
import 'server-only';
import { createInstance, type TFunction } from 'i18next';
import { localeTags, type Locale } from './config';
import { resources } from './resources';

const translators = new Map<Locale, TFunction>();

/** A translator for server components: one i18next instance per locale, never the global one. */
export async function getTranslator(locale: Locale): Promise<TFunction> {
  const cached = translators.get(locale);
  if (cached) return cached;
  const instance = createInstance();
  await instance.init({ lng: locale, fallbackLng: false, resources, interpolation: { escapeValue: false } });
  translators.set(locale, instance.t);
  return instance.t;
}

export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(localeTags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A date known to the day (YYYY-MM-DD) or only to the month (YYYY-MM). */
export function formatPartialDate(isoDate: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return formatDate(isoDate, locale);
  const [year, month] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
  return new Intl.DateTimeFormat(localeTags[locale], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}
