import { getArticle, getPublishedArticles } from '@/lib/content/load';
import { getEntityIndex } from '@/lib/entities';
import { articleData } from '@/lib/export/article-data';
import { getTranslator } from '@/lib/i18n/server';
import { getLexicon } from '@/lib/lexicon/load';
import { renderArticle } from '@/lib/reader/render-article';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedArticles().map((article) => ({ file: `${article.meta.slug}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/articles/[file]'>) {
  const { file } = await params;
  const article = getArticle(file.replace(/\.json$/, ''));
  if (!article) return new Response(null, { status: 404 });
  const tree = renderArticle(article, 'en', await getTranslator('en'), getEntityIndex(), getLexicon());
  return Response.json(articleData(article, tree));
}
