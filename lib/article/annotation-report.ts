// The editor's to-do list for one article: what the site will render (mentions and words in both
// languages, as open data has them, with the words no entry covers as `lexicon: null`), the lexicon
// coverage, the stretches no entry covers in their sentences, and the capitalised names no entity
// matched. Pure: the analysed article in, plain data out (npm run annotate prints it).
import { unmatchedNames, type UnmatchedName } from '../entities/unmatched-names';
import type { AnalysedArticle, Cell, Lang } from './model';

export interface ReportCell {
  text: string;
  annotations: { start: number; end: number; entity: string; text: string }[];
  words?: { start: number; end: number; lexicon: string | null; text: string }[];
}

export interface AnnotationReport {
  slug: string;
  units: { id: string; vi: ReportCell; en: ReportCell | null }[];
  coverage: { words: number; covered: number; uncovered: number; percent: number };
  uncovered: { unit: string; text: string; context: string }[];
  /** Capitalised names no entity matched (lib/entities/unmatched-names), most frequent first. */
  unlinkedNames: UnmatchedName[];
}

function reportCell(cell: Cell, lang: Lang): ReportCell {
  const annotations = cell.mentions.map(({ start, end, entity }) => ({ start, end, entity, text: cell.text.slice(start, end) }));
  if (lang === 'en') return { text: cell.text, annotations };
  const words = cell.words.map(({ start, end, entry }) => ({ start, end, lexicon: entry, text: cell.text.slice(start, end) }));
  return { text: cell.text, annotations, words };
}

/** A few words either side, so the editor sees the stretch in its sentence. */
function context(text: string, start: number, end: number, reach = 30): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - reach)));
  const to = text.indexOf(' ', Math.min(text.length, end + reach));
  return `${from > 0 ? '…' : ''}${text.slice(from, to === -1 ? text.length : to).trim()}${to === -1 ? '' : '…'}`;
}

/** The headline is left out where the frontmatter is not complete yet (a fresh draft). */
export function annotationReport(article: Pick<AnalysedArticle, 'slug' | 'units'> & { headline?: AnalysedArticle['headline'] }): AnnotationReport {
  const cells = [
    ...(article.headline ? [{ unit: 'headline', cell: article.headline.vi }] : []),
    ...article.units.map((unit) => ({ unit: unit.id, cell: unit.vi })),
  ];
  const uncovered = cells.flatMap(({ unit, cell }) =>
    cell.words.filter((word) => word.entry === null).map((word) => ({ unit, text: cell.text.slice(word.start, word.end), context: context(cell.text, word.start, word.end) })),
  );
  const words = cells.reduce((sum, { cell }) => sum + cell.words.length, 0);
  const covered = words - uncovered.length;
  return {
    slug: article.slug,
    units: article.units.map((unit) => ({ id: unit.id, vi: reportCell(unit.vi, 'vi'), en: unit.en ? reportCell(unit.en, 'en') : null })),
    coverage: { words, covered, uncovered: uncovered.length, percent: words ? (100 * covered) / words : 100 },
    uncovered,
    unlinkedNames: unmatchedNames(article),
  };
}
