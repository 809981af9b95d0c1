import { locales } from '@/lib/i18n/config';
import { serviceWorkerSource } from '@/lib/offline/service-worker';

export const dynamic = 'force-static';

/** Each build's worker carries that build's time as its version: a new build replaces the old worker and its cache. */
const BUILD_VERSION = new Date().toISOString();

export function GET() {
  const source = serviceWorkerSource(
    BUILD_VERSION,
    locales.map((locale) => `/${locale}/review/`),
  );
  return new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
