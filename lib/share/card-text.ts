import type { Article } from '../content/load';
import type { Frontmatter } from '../content/schema';
import type { AnalysedArticle } from '../article/model';
import type { Unit } from '../article/structure';
import { articleCardPath, sentenceCardPath } from '../site';

/** What a preview card says (lib/share/card-layout.ts lays it out). */
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

/** A stretch a cut must not fall inside: a name (an entity mention), as offsets into the text. */
export interface Span {
  start: number;
  end: number;
}

const ELLIPSIS = '…';

/** Characters of each language a sentence card shows: past them the text is cut, so the type stays large. */
const CARD_LENGTH = { vi: 200, en: 220 } as const;

/**
 * The text cut to at most `max` characters for a preview card: at a space, never inside a name, its
 * trailing punctuation dropped and an ellipsis added. Text that fits is returned as it is.
 */
export function truncateForCard(text: string, max: number, names: readonly Span[] = []): string {
  if (text.length <= max) return text;
  let cut = text.lastIndexOf(' ', max - ELLIPSIS.length);
  // A space inside a name moves the cut to before the name.
  for (let inside = names.find((name) => cut > name.start && cut < name.end); inside; inside = names.find((name) => cut > name.start && cut < name.end)) {
    cut = text.lastIndexOf(' ', inside.start);
  }
  if (cut <= 0) return text.slice(0, max - ELLIPSIS.length) + ELLIPSIS;
  return text.slice(0, cut).replace(/[\s,;:.…–—-]+$/u, '') + ELLIPSIS;
}

/** An article's cards: its own (headline in both languages), then one per sentence under the headline. */
export function articleCards(article: AnalysedArticle): CardSpec[] {
  const { slug, headline } = article.meta;
  const footer = articleCardFooter(article.meta);
  return [
    { path: articleCardPath(slug), text: { kicker: 'Song Ngữ', vietnamese: headline.vi, english: headline.en, footer } },
    ...article.units.map((unit) => ({
      path: sentenceCardPath(slug, unit.id),
      // Names (the model's mentions) are never cut in two.
      text: {
        kicker: headline.vi,
        vietnamese: truncateForCard(unit.vi.text, CARD_LENGTH.vi, unit.vi.mentions),
        english: unit.en ? truncateForCard(unit.en.text, CARD_LENGTH.en, unit.en.mentions) : '',
        footer,
      },
    })),
  ];
}
