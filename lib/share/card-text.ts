import type { Article } from '../content/load';
import type { Frontmatter } from '../content/schema';
import type { Unit } from '../article/structure';
import { articleCardPath, sentenceCardPath } from '../site';

/** What a preview card says (components/share-card.tsx lays it out). */
export interface ShareCardText {
  kicker: string;
  vietnamese: string;
  english: string;
  footer: string;
}

/** A card to write: its path in the export and its text. */
export interface CardSpec {
  path: string;
  text: ShareCardText;
}

export function findUnit(article: Article, unitId: string): Unit | undefined {
  return article.structure.blocks.flatMap((block) => block.units).find((unit) => unit.id === unitId);
}

/** The card's bottom line: site, outlet and date, in the Vietnamese form the card's text is in. */
export function articleCardFooter(meta: Frontmatter): string {
  const [year, month, day] = meta.published.date.split('-').map(Number);
  return ['Song Ngữ', meta.outlet?.name, `${day}/${month}/${year}`].filter(Boolean).join(' · ');
}

/** An article's cards: its own (headline in both languages), then one per sentence under the headline. */
export function articleCards(article: Article): CardSpec[] {
  const { slug, headline } = article.meta;
  const footer = articleCardFooter(article.meta);
  return [
    { path: articleCardPath(slug), text: { kicker: 'Song Ngữ', vietnamese: headline.vi, english: headline.en, footer } },
    ...article.structure.blocks.flatMap((block) =>
      block.units.map((unit) => ({ path: sentenceCardPath(slug, unit.id), text: { kicker: headline.vi, vietnamese: unit.vi, english: unit.en ?? '', footer } })),
    ),
  ];
}
