import { getSearchIndex } from '@/lib/search/site-index';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getSearchIndex().files.keys()].map((path) => {
    const [build = '', file = ''] = path.split('/');
    return { build, file };
  });
}

/** One shard or document file of the search index, under its build's directory (lib/search/format.ts). */
export async function GET(_request: Request, { params }: RouteContext<'/search-index/[build]/[file]'>) {
  const { build, file } = await params;
  const text = getSearchIndex().files.get(`${build}/${file}`);
  if (text === undefined) return new Response(null, { status: 404 });
  return new Response(text, { headers: { 'Content-Type': 'application/json' } });
}
