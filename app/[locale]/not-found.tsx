import Link from 'next/link';
import { getTranslator } from '@/lib/i18n/server';

// Rendered inside [locale]/layout for unknown articles; the site-wide 404 is app/global-not-found.
export default async function NotFound() {
  const t = await getTranslator('en');
  return (
    <main id="main" className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/en/">{t('notFound.back')}</Link>
      </p>
    </main>
  );
}
