// Lexicon coverage of an analysed article: the Vietnamese word tokens an entry covers, and the
// stretches none does. Entity mentions are names and terms the knowledge base explains; digits are
// not syllables.
import type { AnalysedArticle, Cell } from '../article/model';

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
