// An article as open data: metadata, aligned units, editorial notes, and each entity mention as a
// span of the unit's plain text (UTF-16 code-unit offsets, as JavaScript strings count them); the
// Vietnamese also as words with their lexicon ids.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Article } from '../content/load';
import { locales } from '../i18n/config';
import { absoluteUrl, articlePath } from '../site';

export interface AnnotationSpan {
  start: number;
  end: number;
  entity: string;
  text: string;
}

export interface WordSpan {
  start: number;
  end: number;
  /** The lexicon entry's word, its id in /data/lexicon.json. */
  lexicon: string;
  text: string;
}

export interface CellData {
  text: string;
  annotations: AnnotationSpan[];
  words?: WordSpan[];
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** The cell's text as published (editorial-note markers left out) and its entity spans. */
export function cellData(cell: Element): CellData {
  let text = '';
  const annotations: AnnotationSpan[] = [];
  const words: WordSpan[] = [];
  const walk = (node: ElementContent) => {
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element' || hasClass(node, 'note-ref')) return;
    const start = text.length;
    node.children.forEach(walk);
    const entity = node.properties.dataEntity;
    if (typeof entity === 'string') annotations.push({ start, end: text.length, entity, text: text.slice(start) });
    const word = node.properties.dataWord;
    if (typeof word === 'string') words.push({ start, end: text.length, lexicon: word, text: text.slice(start) });
  };
  cell.children.forEach(walk);
  return { text, annotations: annotations.sort((a, b) => a.start - b.start), ...(words.length ? { words } : {}) };
}

/** Unit id → its Vietnamese and English cells, read from the rendered article tree. */
export function cellsByUnit(tree: Root): Map<string, { vi?: CellData; en?: CellData }> {
  const cells = new Map<string, { vi?: CellData; en?: CellData }>();
  visit(tree, 'element', (node) => {
    const unitId = node.properties.dataAlign;
    const lang = node.properties.lang;
    if (typeof unitId !== 'string' || !hasClass(node, 'cell') || (lang !== 'vi' && lang !== 'en') || node.properties.dataPending) return;
    cells.set(unitId, { ...cells.get(unitId), [lang]: cellData(node) });
  });
  return cells;
}

export function articleData(article: Article, tree: Root) {
  const { slug, headline, outlet, published, byline, summary, source } = article.meta;
  const cells = cellsByUnit(tree);
  return {
    slug,
    urls: Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(articlePath(locale, slug))])),
    headline,
    outlet: outlet ?? null,
    published,
    byline: byline ?? null,
    summary,
    source,
    blocks: article.structure.blocks.map((block) => ({ id: block.id, kind: block.kind, units: block.units.map((unit) => unit.id) })),
    units: article.structure.blocks.flatMap((block) =>
      block.units.map((unit) => ({
        id: unit.id,
        block: block.id,
        vi: cells.get(unit.id)?.vi ?? { text: unit.vi, annotations: [] },
        en: unit.en === null ? null : (cells.get(unit.id)?.en ?? { text: unit.en, annotations: [] }),
      })),
    ),
    notes: article.structure.notes.map((note) => ({ id: note.id, target: note.target, vi: note.vi, en: note.en })),
  };
}
