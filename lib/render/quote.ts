// A sentence quoted elsewhere (an entity's concordance): the cell's text with one entity's mentions
// marked, no ids and no links, so the quote never competes with the article's own anchors.
import type { Element, ElementContent } from 'hast';
import type { Cell, Lang } from '../article/model';
import { CLASS, DATA } from './contract';

export function quoteCell(cell: Cell | null, lang: Lang, unitId: string, entityId: string): Element {
  const children: ElementContent[] = [];
  const text = cell?.text ?? '';
  let position = 0;
  for (const mention of cell?.mentions.filter((candidate) => candidate.entity === entityId) ?? []) {
    if (mention.start < position) continue;
    if (mention.start > position) children.push({ type: 'text', value: text.slice(position, mention.start) });
    children.push({ type: 'element', tagName: 'mark', properties: { [DATA.entity.property]: entityId }, children: [{ type: 'text', value: text.slice(mention.start, mention.end) }] });
    position = mention.end;
  }
  if (position < text.length) children.push({ type: 'text', value: text.slice(position) });
  return { type: 'element', tagName: 'span', properties: { lang, [DATA.align.property]: unitId, className: [CLASS.quote, CLASS.quoteOf(lang)] }, children };
}
