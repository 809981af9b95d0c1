import { slugsToRender } from '@/lib/build/export-plan';
import { getAnalysedArticle, getAnalysedArticles } from '@/lib/article';
import { articleData } from '@/lib/export/article-data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return slugsToRender('article-data', getAnalysedArticles().map((article) => article.slug)).map((slug) => ({ file: `${slug}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/articles/[file]'>) {
  const { file } = await params;
  const article = getAnalysedArticle(file.replace(/\.json$/, ''));
  if (!article) return new Response(null, { status: 404 });
  return Response.json(articleData(article));
}
