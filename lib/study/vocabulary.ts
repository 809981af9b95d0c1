import type { AnalysedArticle } from '../article/model';
import { wordKey } from '../lexicon/normalize';
import type { LexiconEntry } from '../lexicon/schema';
import type { Lexicon } from '../lexicon/segment';

export interface VocabularyItem {
  entry: LexiconEntry;
  /** The sense that fits its first sentence. */
  sense: number;
  firstUnit: string;
  count: number;
}

// Grammar words and single syllables are not what a learner lists; compounds, idioms and the
// subject's terms are.
const GRAMMAR = new Set(['pronoun', 'preposition', 'conjunction', 'classifier', 'numeral', 'particle', 'determiner', 'interjection']);

function isKeyWord(entry: LexiconEntry): boolean {
  if (entry.field) return true;
  if (GRAMMAR.has(entry.pos)) return false;
  return entry.word.includes(' ');
}

/** An article's key words from its analysed words: the subject's terms first, then the most frequent. */
export function vocabulary(article: AnalysedArticle, lexicon: Lexicon, limit = 40): VocabularyItem[] {
  const items = new Map<string, VocabularyItem & { order: number }>();
  for (const unit of article.units) {
    for (const word of unit.vi.words) {
      const entry = word.entry === null ? undefined : lexicon.byKey.get(wordKey(word.entry));
      if (!entry || !isKeyWord(entry)) continue;
      const key = wordKey(entry.word);
      const known = items.get(key);
      if (known) known.count += 1;
      else items.set(key, { entry, sense: word.sense, firstUnit: unit.id, count: 1, order: items.size });
    }
  }
  return [...items.values()]
    .sort((a, b) => Number(Boolean(b.entry.field)) - Number(Boolean(a.entry.field)) || b.count - a.count || a.order - b.order)
    .slice(0, limit)
    .map(({ entry, sense, firstUnit, count }) => ({ entry, sense, firstUnit, count }));
}
