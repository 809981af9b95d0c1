import type { Article } from '../content/load';
import type { Frontmatter } from '../content/schema';
import type { Unit } from '../article/structure';

export function findUnit(article: Article, unitId: string): Unit | undefined {
  return article.structure.blocks.flatMap((block) => block.units).find((unit) => unit.id === unitId);
}

/** The card's bottom line: site, outlet and date, in the Vietnamese form the card's text is in. */
export function articleCardFooter(meta: Frontmatter): string {
  const [year, month, day] = meta.published.date.split('-').map(Number);
  return ['Song Ngữ', meta.outlet?.name, `${day}/${month}/${year}`].filter(Boolean).join(' · ');
}
