import { ImageResponse } from 'next/og';
import { ShareCard } from '@/components/share-card';
import { getArticle, getPublishedArticles } from '@/lib/content/load';
import { cardFonts } from '@/lib/share/card-fonts';
import { getAnalysedArticle } from '@/lib/article';
import { findUnit as findAnalysedUnit } from '@/lib/article/model';
import { articleCardFooter, findUnit, truncateForCard } from '@/lib/share/card-text';

/** Characters of each language a card shows: past them the text is cut, so the type stays large. */
const CARD_LENGTH = { vi: 200, en: 220 } as const;

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
  // Names (the model's mentions) are never cut in two.
  const analysed = getAnalysedArticle(slug);
  const cells = analysed && findAnalysedUnit(analysed, unitId);
  const vietnamese = truncateForCard(unit.vi, CARD_LENGTH.vi, cells?.vi.mentions);
  const english = truncateForCard(unit.en ?? '', CARD_LENGTH.en, cells?.en?.mentions);
  return new ImageResponse(
    <ShareCard kicker={article.meta.headline.vi} vietnamese={vietnamese} english={english} footer={articleCardFooter(article.meta)} />,
    { width: 1200, height: 630, fonts: cardFonts() },
  );
}
