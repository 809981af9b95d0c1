import { getSearchIndex } from '@/lib/search/site-index';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(getSearchIndex().manifest);
}
