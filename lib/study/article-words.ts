import type { AnalysedArticle } from '../article/model';

/** The distinct lexicon words (entry ids) an article's Vietnamese uses, sorted: what "you know N%" counts. */
export function articleWords(article: AnalysedArticle): string[] {
  const words = new Set<string>();
  for (const unit of article.units) for (const word of unit.vi.words) if (word.entry !== null) words.add(word.entry);
  return [...words].sort();
}
