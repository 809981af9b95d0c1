// Interface strings, split per language and namespace under locales/<language>/<namespace>.ts.
// English defines the keys; the other languages are typed against it (types.ts), so a missing or
// extra key is a type error, and `npm run check:i18n` checks the rest (unused keys, plural forms).
import type { Locale } from './config';
import { en } from './locales/en';
import { vi } from './locales/vi';
import type { Messages } from './types';

export type { Messages, Namespace, Resources, Translation } from './types';

/** The server's i18next resources: every namespace in its one `translation` namespace ("study.word"). */
export const resources = { en: { translation: en }, vi: { translation: vi } };
export type TranslationResources = typeof en;

const byLocale: Record<Locale, Messages> = { en, vi };

/** All interface strings of one language; a page hands each island the namespaces it uses. */
export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}
