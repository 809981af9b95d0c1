import { getPublishedArticles } from '@/lib/content/load';
import { openDataCatalogue } from '@/lib/export/catalogue';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(openDataCatalogue(getPublishedArticles()));
}
