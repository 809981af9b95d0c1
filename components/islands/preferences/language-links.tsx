'use client';

import { writePreference } from '@/lib/client/preferences/store';
import type { Locale } from '@/lib/i18n/config';

/** Links to this page in each interface language; with JavaScript they keep the fragment and remember the choice. */
export function LanguageLinks({ current, links }: { current: Locale; links: { locale: Locale; href: string; name: string }[] }) {
  return (
    <ul>
      {links.map(({ locale, href, name }) => (
        <li key={locale}>
          <a
            href={href}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === current ? 'true' : undefined}
            onClick={(event) => {
              // Remembered for "/"; the link itself makes the choice, with or without storage.
              writePreference('locale', locale);
              // Same place in the other language: the default navigation follows the updated link.
              event.currentTarget.hash = window.location.hash;
            }}
          >
            {name}
          </a>
        </li>
      ))}
    </ul>
  );
}
