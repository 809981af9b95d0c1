import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Unit } from '../../lib/article/model';
import { articleEnd, articleEndShown, type Mentioning } from '../../lib/article/related';
import { concordance, concordanceShown } from '../../lib/article/concordance';
import { articleEndOutputs, buildManifest, entityOutputs, planExport, refilledEnds, renderedEntities, renderedSlugs, reusedOutputs, routeOutputs, ARTICLE_ROUTE_KINDS, type BuildManifest } from '../../lib/build/plan';

interface Fake extends Mentioning {
  meta: { headline: { vi: string; en: string; editorial: boolean } };
  sourceHash: string;
}

/** An article as the plan sees it: a file hash, a headline, and the entities its text mentions. */
function article(slug: string, entities: string[], headline = `${slug} headline`, sourceHash = `${slug}-v1`): Fake {
  const unit: Unit = {
    id: 's1',
    ordinal: 1,
    block: 'p1',
    line: 1,
    vi: { text: '', mentions: entities.map((entity, index) => ({ start: index, end: index + 1, entity, explicit: false })), words: [] },
    en: null,
  };
  return { slug, units: [unit], meta: { headline: { vi: headline, en: headline, editorial: false } }, sourceHash };
}

const FINGERPRINT = 'code+content';
const ENTITIES = ['putin', 'kim', 'hanoi', 'seoul', 'moscow'];
/**
 * The manifest of a library (newest first), each page keyed with what it shows of the others, each
 * entity's page with its concordance (the fakes carry only what concordanceShown reads).
 */
const manifest = (library: Fake[], fingerprint = FINGERPRINT): BuildManifest => {
  const lines = concordance(library);
  return buildManifest(
    fingerprint,
    library.map((current) => ({ slug: current.slug, sourceHash: current.sourceHash, shown: articleEndShown(articleEnd(current, library)) })),
    ENTITIES.map((id) => ({ id, shown: concordanceShown(lines.get(id) ?? []) })),
  );
};

const a = article('a', ['putin', 'kim']);
const b = article('b', ['hanoi']);
const c = article('c', ['kim']);
const d = article('d', ['hanoi']);
const e = article('e', ['seoul']);
const library = [a, b, c, d, e];
const built = manifest(library);
const previous = { manifest: built, exportMatches: true };

test('without a previous good build, or with another export in out/, the build is full', () => {
  assert.equal(planExport(built, { manifest: undefined, exportMatches: false }).mode, 'full');
  assert.equal(planExport(built, { manifest: built, exportMatches: false }).mode, 'full');
});

test('a change to the code, the lexicon, the entities or the build settings (the fingerprint) renders everything', () => {
  const plan = planExport(manifest(library, 'another lexicon'), previous);
  assert.equal(plan.mode, 'full');
  for (const kind of ARTICLE_ROUTE_KINDS) assert.deepEqual(renderedSlugs(plan, kind), ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(reusedOutputs(plan), []);
});

test("an edit to one article's body changes only that article's routes", () => {
  const edited = [a, b, article('c', ['kim'], 'c headline', 'c-v2'), d, e];
  const plan = planExport(manifest(edited), previous);
  assert.equal(plan.mode, 'incremental');
  for (const kind of ARTICLE_ROUTE_KINDS) assert.deepEqual(renderedSlugs(plan, kind), ['c'], kind);
  assert.deepEqual(refilledEnds(plan), []);
  const reused = reusedOutputs(plan);
  assert.ok(!reused.some((output) => output.includes('/c/') || output.endsWith('/c.json')));
  assert.ok(reused.includes('en/articles/a/') && reused.includes('vi/articles/a/') && reused.includes('data/lexicon/a.json') && reused.includes('cards/a/'));
});

test('a new headline rewrites the end of the pages that show it (the article before it, and those it is related to); they are not rendered again', () => {
  const retitled = [a, b, article('c', ['kim'], 'a new headline', 'c-v2'), d, e];
  const plan = planExport(manifest(retitled), previous);
  // b shows c as its next article; a shares "kim" with c, so shows it as related; d and e show neither.
  assert.deepEqual(renderedSlugs(plan, 'page'), ['c']);
  assert.deepEqual(refilledEnds(plan), ['a', 'b']);
  assert.deepEqual(renderedSlugs(plan, 'article-data'), ['c']);
  assert.deepEqual(renderedSlugs(plan, 'cards'), ['c']);
  // Their pages stay reused outputs: the end is written into the linked-back page.
  const reused = reusedOutputs(plan);
  assert.ok(routeOutputs('page', 'a').every((output) => reused.includes(output)));
  assert.deepEqual(articleEndOutputs('a'), ['en/articles/a/index.html', 'vi/articles/a/index.html']);
  // A full build renders every page, ends included: nothing to rewrite.
  assert.deepEqual(refilledEnds(planExport(manifest(retitled, 'another lexicon'), previous)), []);
});

test("a deleted article's routes are neither rendered nor reused, and the next link that pointed to it moves", () => {
  const plan = planExport(manifest([a, b, d, e]), previous);
  assert.equal(plan.mode, 'incremental');
  assert.ok(!Object.hasOwn(plan.manifest.routes, 'c'));
  for (const kind of ARTICLE_ROUTE_KINDS) assert.ok(!renderedSlugs(plan, kind).includes('c'));
  assert.ok(!reusedOutputs(plan).some((output) => routeOutputs('page', 'c').includes(output) || output === 'data/articles/c.json'));
  // b's next article was c, now d; a's related article c is gone. No page is rendered for its own
  // sake, so a is (Next needs one route), its end with it; b's end is rewritten.
  assert.deepEqual(renderedSlugs(plan, 'page'), ['a']);
  assert.deepEqual(refilledEnds(plan), ['b']);
});

test('a new article is rendered; with nothing changed a kind still renders one route, which Next needs to export it', () => {
  const plan = planExport(manifest([...library, article('f', ['seoul'])]), previous);
  assert.deepEqual(renderedSlugs(plan, 'article-data'), ['f']);
  // e shows f as related (seoul) and f is e's next: the newest, a, wraps to nothing new.
  assert.deepEqual(renderedSlugs(plan, 'page'), ['f']);
  assert.deepEqual(refilledEnds(plan), ['e']);
  const unchanged = planExport(built, previous);
  for (const kind of ARTICLE_ROUTE_KINDS) assert.deepEqual(renderedSlugs(unchanged, kind), ['a'], kind);
  assert.deepEqual(refilledEnds(unchanged), []);
});

test("an entity's page is rendered again when its concordance changes, and reused otherwise", () => {
  // c's body now quotes another sentence about Kim; its headline (which the kim page shows) is the same.
  const [kimSentence] = article('c', ['kim']).units;
  assert.ok(kimSentence);
  const edited: Fake = { ...article('c', ['kim'], 'c headline', 'c-v2'), units: [kimSentence, { ...kimSentence, id: 's2', ordinal: 2 }] };
  const plan = planExport(manifest([a, b, edited, d, e]), previous);
  assert.deepEqual(renderedEntities(plan), ['kim']);
  const reused = reusedOutputs(plan);
  assert.ok(entityOutputs('putin').every((output) => reused.includes(output)) && entityOutputs('moscow').every((output) => reused.includes(output)));
  assert.ok(!entityOutputs('kim').some((output) => reused.includes(output)));
  // A new headline shows on the pages of every entity the article mentions; a new article on the pages of its entities.
  assert.deepEqual(renderedEntities(planExport(manifest([article('a', ['putin', 'kim'], 'a new headline'), b, c, d, e]), previous)), ['putin', 'kim']);
  assert.deepEqual(renderedEntities(planExport(manifest([...library, article('f', ['seoul'])]), previous)), ['seoul']);
  // Nothing changed: one page still renders (Next needs one route to export); a full build renders them all.
  assert.deepEqual(renderedEntities(planExport(built, previous)), ['putin']);
  assert.deepEqual(renderedEntities(planExport(manifest(library, 'another entity file'), previous)), ENTITIES);
});
