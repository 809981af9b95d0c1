import { articleJsonParams, articleOfJsonFile } from '@/lib/article/json-routes';
import { articleData } from '@/lib/export/article-data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return articleJsonParams('article-data');
}

export async function GET(_request: Request, { params }: RouteContext<'/data/articles/[file]'>) {
  const { file } = await params;
  const article = articleOfJsonFile(file);
  if (!article) return new Response(null, { status: 404 });
  return Response.json(articleData(article));
}
