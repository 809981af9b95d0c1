import { ImageResponse } from 'next/og';
import { ShareCard } from '@/components/share-card';
import { getArticle, getPublishedArticles } from '@/lib/content/load';
import { cardFonts } from '@/lib/share/card-fonts';
import { articleCardFooter } from '@/lib/share/card-text';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedArticles().map((article) => ({ slug: article.meta.slug }));
}

export async function GET(_request: Request, { params }: RouteContext<'/cards/[slug]/card.png'>) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) return new Response(null, { status: 404 });
  const { headline } = article.meta;
  return new ImageResponse(<ShareCard kicker="Song Ngữ" vietnamese={headline.vi} english={headline.en} footer={articleCardFooter(article.meta)} />, {
    width: 1200,
    height: 630,
    fonts: cardFonts(),
  });
}
