// Every mention of an entity across the articles, as concordance lines: the unit's Vietnamese and
// English with this entity's mentions marked, taken from the same hast the article pages render.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ConcordanceLine {
  unitId: string;
  vi: Element;
  en: Element;
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** A cell for quoting elsewhere: no ids, no links; this entity's mentions become <mark>. */
function quoteCell(cell: Element, entityId: string): Element {
  const strip = (node: ElementContent): ElementContent[] => {
    if (node.type !== 'element') return [node];
    if (hasClass(node, 'note-ref')) return [];
    const children = node.children.flatMap(strip);
    if (typeof node.properties.dataEntity === 'string') {
      return node.properties.dataEntity === entityId
        ? [{ type: 'element', tagName: 'mark', properties: { dataEntity: entityId }, children }]
        : children;
    }
    return [{ ...node, children }];
  };
  const properties = { lang: cell.properties.lang, dataAlign: cell.properties.dataAlign, className: ['quote', `quote-${String(cell.properties.lang)}`] };
  return { type: 'element', tagName: 'span', properties, children: cell.children.flatMap(strip) };
}

/** Entity id → the units that mention it, in text order. */
export function concordance(tree: Root): Map<string, ConcordanceLine[]> {
  const lines = new Map<string, ConcordanceLine[]>();
  visit(tree, 'element', (unit) => {
    if (!hasClass(unit, 'unit')) return;
    const cells = unit.children.filter((child): child is Element => child.type === 'element' && hasClass(child, 'cell'));
    const vi = cells.find((cell) => cell.properties.lang === 'vi');
    const en = cells.find((cell) => cell.properties.lang === 'en');
    if (!vi || !en) return;
    const mentioned = new Set<string>();
    visit(unit, 'element', (node) => {
      if (typeof node.properties.dataEntity === 'string') mentioned.add(node.properties.dataEntity);
    });
    for (const entityId of mentioned) {
      const line = { unitId: String(unit.properties.dataUnit), vi: quoteCell(vi, entityId), en: quoteCell(en, entityId) };
      lines.set(entityId, [...(lines.get(entityId) ?? []), line]);
    }
  });
  return lines;
}

/** How many times each entity is mentioned, in either language. */
export function mentionCounts(tree: Root): Map<string, number> {
  const counts = new Map<string, number>();
  visit(tree, 'element', (node) => {
    const id = node.properties.dataEntity;
    if (typeof id === 'string' && typeof node.properties.id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}
