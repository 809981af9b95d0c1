// An article as open data: the analysed article serialised. Metadata, aligned units, editorial
// notes, and each entity mention as a span of the unit's plain text (UTF-16 code-unit offsets, as
// JavaScript strings count them); the Vietnamese also as words with their lexicon ids.
import type { AnalysedArticle, Cell } from '../article/model';
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

export function cellData(cell: Cell): CellData {
  const { text } = cell;
  const annotations = cell.mentions.map(({ start, end, entity }) => ({ start, end, entity, text: text.slice(start, end) }));
  const words = cell.words.flatMap(({ start, end, entry }) => (entry === null ? [] : [{ start, end, lexicon: entry, text: text.slice(start, end) }]));
  return { text, annotations, ...(words.length ? { words } : {}) };
}

export function articleData(article: AnalysedArticle) {
  const { slug, headline, outlet, published, byline, summary, source } = article.meta;
  return {
    slug,
    urls: Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(articlePath(locale, slug))])),
    headline,
    outlet: outlet ?? null,
    published,
    byline: byline ?? null,
    summary,
    source,
    blocks: article.blocks.map((block) => ({ id: block.id, kind: block.kind, units: block.units.map((unit) => unit.id) })),
    units: article.units.map((unit) => ({
      id: unit.id,
      block: unit.block,
      vi: cellData(unit.vi),
      en: unit.en === null ? null : cellData(unit.en),
    })),
    notes: article.notes.map((note) => ({ id: note.id, target: note.target, vi: note.vi, en: note.en })),
  };
}
