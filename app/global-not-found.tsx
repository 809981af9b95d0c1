import type { Metadata } from 'next';
import '@/components/styles.css';
import { locales } from '@/lib/i18n/config';
import { resources } from '@/lib/i18n/resources';

export const metadata: Metadata = { title: 'Song Ngữ: 404' };

// Unmatched URLs of any locale land here (the static host serves 404.html), so it speaks both languages.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="not-found">
          {locales.map((locale) => {
            const text = resources[locale].translation.notFound;
            return (
              <section key={locale} lang={locale}>
                <h1>{text.title}</h1>
                <p>{text.body}</p>
                <p>
                  <a href={`/${locale}/`}>{text.back}</a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
