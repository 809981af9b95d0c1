import { articleJsonParams, articleOfJsonFile } from '@/lib/article/json-routes';
import { articleWords } from '@/lib/study/article-words';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return articleJsonParams('words');
}

/** `{ words }`: the lexicon words one article uses (lib/study/article-words.ts), for the library's known share. */
export async function GET(_request: Request, { params }: RouteContext<'/data/words/[file]'>) {
  const { file } = await params;
  const article = articleOfJsonFile(file);
  if (!article) return new Response(null, { status: 404 });
  return Response.json({ words: articleWords(article) });
}
