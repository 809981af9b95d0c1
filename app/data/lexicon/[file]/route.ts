import { slugsToRender } from '@/lib/build/export-plan';
import { getAnalysedArticle, getAnalysedArticles } from '@/lib/article';
import { lexiconData } from '@/lib/lexicon/data';
import { getLexicon } from '@/lib/lexicon/load';
import { lexiconSlice } from '@/lib/lexicon/slice';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return slugsToRender('lexicon-slice', getAnalysedArticles().map((article) => article.slug)).map((slug) => ({ file: `${slug}.json` }));
}

/** The entries one article's word cards can need (lib/lexicon/slice), in the shape of /data/lexicon.json. */
export async function GET(_request: Request, { params }: RouteContext<'/data/lexicon/[file]'>) {
  const { file } = await params;
  const article = getAnalysedArticle(file.replace(/\.json$/, ''));
  if (!article) return new Response(null, { status: 404 });
  return Response.json(lexiconData(lexiconSlice(article, getLexicon())));
}
