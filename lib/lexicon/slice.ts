// The slice of the lexicon one article needs: every entry that matches a stretch of syllables in
// one of its Vietnamese sentences, so that its word cards — the words as segmented, and every
// selection the reader can widen or narrow to (never across punctuation) — find their entries
// without loading the whole lexicon.
import type { AnalysedArticle } from '../article/model';
import type { LexiconEntry } from './schema';
import { syllableRuns, type Lexicon } from './segment';

export function lexiconSlice(article: AnalysedArticle, lexicon: Lexicon): LexiconEntry[] {
  const found = new Map<string, LexiconEntry>();
  for (const unit of article.units) {
    for (const run of syllableRuns(unit.vi.text)) {
      for (let start = 0; start < run.length; start++) {
        for (let end = start + 1; end <= Math.min(run.length, start + lexicon.longest); end++) {
          const key = run
            .slice(start, end)
            .map((syllable) => syllable.key)
            .join(' ');
          const entry = lexicon.byKey.get(key);
          if (entry) found.set(key, entry);
        }
      }
    }
  }
  return [...found.values()];
}
