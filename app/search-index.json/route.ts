import { getAnalysedArticles } from '@/lib/article';
import { getEntityIndex } from '@/lib/entities';
import { searchDocuments } from '@/lib/search/documents';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(searchDocuments(getAnalysedArticles(), getEntityIndex().list));
}
