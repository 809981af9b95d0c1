import { getPublishedArticles } from '@/lib/content/load';
import { getTranslator } from '@/lib/i18n/server';
import { atomFeed } from '@/lib/share/feed';

export const dynamic = 'force-static';

export async function GET() {
  const t = await getTranslator('en');
  const body = atomFeed(getPublishedArticles(), { title: t('site.name'), subtitle: t('site.tagline') });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
