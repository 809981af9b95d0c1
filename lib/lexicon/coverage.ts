// Lexicon coverage of an analysed article: the Vietnamese word tokens an entry covers, and the
// stretches none does. Entity mentions are names and terms the knowledge base explains; digits are
// not syllables.
import { annotationReport } from '../article/annotation-report';
import type { AnalysedArticle, Cell } from '../article/model';
import type { FileFinding } from '../content/load';

export interface Coverage {
  /** Word tokens the lexicon covers. */
  covered: number;
  /** Stretches no entry covers, with the unit they are in ("headline" for the headline). */
  uncovered: { syllable: string; unit: string }[];
}

export function cellCoverage(cell: Cell, unit: string): Coverage {
  const result: Coverage = { covered: 0, uncovered: [] };
  for (const word of cell.words) {
    if (word.entry === null) result.uncovered.push({ syllable: cell.text.slice(word.start, word.end), unit });
    else result.covered += 1;
  }
  return result;
}

/** The headline's and every unit's Vietnamese. */
export function articleCoverage(article: AnalysedArticle): Coverage {
  const parts = [cellCoverage(article.headline.vi, 'headline'), ...article.units.map((unit) => cellCoverage(unit.vi, unit.id))];
  return { covered: parts.reduce((sum, part) => sum + part.covered, 0), uncovered: parts.flatMap((part) => part.uncovered) };
}

/**
 * The publishing rule: a published article whose coverage is below `minimum` percent is an error
 * that lists each uncovered stretch in its sentence. Drafts may have gaps (check:content warns).
 */
export function coverageFinding(article: AnalysedArticle, minimum: number): FileFinding | undefined {
  if (article.meta.status !== 'published') return undefined;
  const { covered, uncovered } = articleCoverage(article);
  const total = covered + uncovered.length;
  const share = total ? (100 * covered) / total : 100;
  if (share >= minimum) return undefined;
  const stretches = annotationReport(article).uncovered.map((stretch) => `"${stretch.text}" (${stretch.unit}: ${stretch.context})`);
  return {
    file: article.source.file,
    line: 1,
    severity: 'error',
    message: `lexicon coverage ${share.toFixed(1)}% is below the ${minimum}% a published article needs (content/config.yaml); add entries (npm run lexicon:merge) for: ${stretches.join('; ')}`,
  };
}
