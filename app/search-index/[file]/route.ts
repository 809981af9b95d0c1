import { getSearchIndex } from '@/lib/search/site-index';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getSearchIndex().files.keys()].map((file) => ({ file }));
}

/** One shard or document file of the search index, as built (its name carries its content's hash). */
export async function GET(_request: Request, { params }: RouteContext<'/search-index/[file]'>) {
  const { file } = await params;
  const text = getSearchIndex().files.get(file);
  if (text === undefined) return new Response(null, { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}
