import { ImageResponse } from 'next/og';
import { ShareCard } from '@/components/share-card';
import { getArticle, getPublishedArticles } from '@/lib/content/load';
import { cardFonts } from '@/lib/share/card-fonts';
import { articleCardFooter, findUnit } from '@/lib/share/card-text';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedArticles().flatMap((article) =>
    article.structure.blocks.flatMap((block) => block.units.map((unit) => ({ slug: article.meta.slug, unit: unit.id }))),
  );
}

export async function GET(_request: Request, { params }: RouteContext<'/cards/[slug]/[unit]/card.png'>) {
  const { slug, unit: unitId } = await params;
  const article = getArticle(slug);
  const unit = article && findUnit(article, unitId);
  if (!article || !unit) return new Response(null, { status: 404 });
  return new ImageResponse(
    <ShareCard kicker={article.meta.headline.vi} vietnamese={unit.vi} english={unit.en ?? ''} footer={articleCardFooter(article.meta)} />,
    { width: 1200, height: 630, fonts: cardFonts() },
  );
}
