import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getAnalysedArticle } from '../../lib/article';
import { articleWords } from '../../lib/study/article-words';

test("an article's word list: each lexicon word it uses once, sorted, no uncovered stretch", () => {
  const article = getAnalysedArticle('nga-trieu-tien-xich-lai-gan-nhau');
  assert.ok(article);
  const words = articleWords(article);
  const used = article.units.flatMap((unit) => unit.vi.words.flatMap((word) => (word.entry === null ? [] : [word.entry])));
  assert.deepEqual(words, [...new Set(used)].sort());
  assert.ok(words.includes('có hiệu lực') && words.includes('quan hệ'));
});
