import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Unit } from '../../lib/article/model';
import { articleEnd, entitiesOf, type Mentioning } from '../../lib/article/related';

/** An analysed article reduced to what the choice reads: its slug and the entities its units mention. */
function article(slug: string, vi: string[], en: string[] = []): Mentioning {
  const mentions = (entities: string[]) => entities.map((entity, index) => ({ start: index, end: index + 1, entity, explicit: false }));
  const unit: Unit = { id: 's1', ordinal: 1, block: 'p1', line: 1, vi: { text: '', mentions: mentions(vi), words: [] }, en: { text: '', mentions: mentions(en), words: [] } };
  return { slug, units: [unit] };
}

const newest = article('newest', ['russia', 'putin'], ['kim']);
const middle = article('middle', ['russia']);
const oldest = article('oldest', ['putin', 'kim'], ['russia']);
const unrelated = article('unrelated', ['hanoi']);
const library = [newest, middle, oldest, unrelated];

test('the entities of an article are those of both languages, once each', () => {
  assert.deepEqual([...entitiesOf(oldest)].sort(), ['kim', 'putin', 'russia']);
});

test('the next article is the next older one, and after the oldest the newest', () => {
  assert.equal(articleEnd(newest, library).next?.slug, 'middle');
  assert.equal(articleEnd(unrelated, library).next?.slug, 'newest');
});

test('related articles share entities, most first, never the next one nor one sharing nothing', () => {
  const end = articleEnd(newest, library);
  assert.deepEqual(
    end.related.map((item) => [item.article.slug, item.shared]),
    [['oldest', 3]],
  );
  assert.deepEqual(
    articleEnd(middle, library).related.map((item) => item.article.slug),
    ['newest'],
  );
  assert.deepEqual(articleEnd(unrelated, library).related, []);
});

test('a lone article has no next article', () => {
  assert.deepEqual(articleEnd(newest, [newest]), { next: null, related: [] });
});
