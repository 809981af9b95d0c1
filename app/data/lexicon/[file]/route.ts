import { articleJsonParams, articleOfJsonFile } from '@/lib/article/json-routes';
import { lexiconData } from '@/lib/lexicon/data';
import { getLexicon } from '@/lib/lexicon/load';
import { lexiconSlice } from '@/lib/lexicon/slice';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return articleJsonParams('lexicon-slice');
}

/** The entries one article's word cards can need (lib/lexicon/slice), in the shape of /data/lexicon.json. */
export async function GET(_request: Request, { params }: RouteContext<'/data/lexicon/[file]'>) {
  const { file } = await params;
  const article = articleOfJsonFile(file);
  if (!article) return new Response(null, { status: 404 });
  return Response.json(lexiconData(lexiconSlice(article, getLexicon())));
}
