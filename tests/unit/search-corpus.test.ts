// What a reader expects first for the queries people type, over the real corpus (the index built in
// process, as the build writes it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getAnalysedArticles } from '../../lib/article';
import { getEntityIndex } from '../../lib/entities';
import { buildSearchIndex } from '../../lib/search/build-index';
import { searchCorpus, type SearchDocument, type SearchKind } from '../../lib/search/documents';
import { findMatches, loadDocuments, type SearchSource } from '../../lib/search/engine';
import { foldForSearch } from '../../lib/search/terms';

const index = buildSearchIndex(searchCorpus(getAnalysedArticles(), getEntityIndex().list));
const source: SearchSource = {
  manifest: index.manifest,
  load: (file) => Promise.resolve(JSON.parse(index.files.get(file) ?? 'null')),
};

async function top(query: string, kind: SearchKind, count = 1): Promise<SearchDocument[]> {
  const { groups } = await findMatches(source, query);
  return loadDocuments(source, groups[kind].slice(0, count));
}

for (const query of ['binh nhuong', 'Bình Nhưỡng', 'Pyongyang']) {
  test(`“${query}”: the Pyongyang entity first`, async () => {
    assert.equal((await top(query, 'entity'))[0]?.path, '/entities/pyongyang/');
  });
}

test('“Kim Jong”: Kim Jong-un first, the other Kims with “Jong” after him', async () => {
  const [first, ...others] = await top('Kim Jong', 'entity', 3);
  assert.equal(first?.path, '/entities/kim-jong-un/');
  assert.deepEqual(others.map((document) => document.path).sort(), ['/entities/kim-jong-gyu/', '/entities/kim-jong-il/']);
});

for (const query of ['hiệp ước', 'hiep uoc', 'treaty']) {
  test(`“${query}”: the 2024 treaty first, and sentences that name a treaty`, async () => {
    assert.equal((await top(query, 'entity'))[0]?.path, '/entities/treaty-on-comprehensive-strategic-partnership/');
    const sentences = await top(query, 'sentence', 5);
    assert.equal(sentences.length, 5);
    for (const sentence of sentences) assert.match(foldForSearch(`${sentence.vi} ${sentence.en}`), /hiep uoc|treaty/);
  });
}

test('“doi tac”: the sentences with “đối tác” as a phrase, and the partnership terms', async () => {
  const sentences = await top('doi tac', 'sentence', 5);
  assert.equal(sentences.length, 5);
  for (const sentence of sentences) assert.match(sentence.vi.toLowerCase(), /đối tác/);
  const terms = await top('doi tac', 'entity', 2);
  assert.ok(terms.some((entity) => entity.path === '/entities/comprehensive-strategic-partnership/'));
  assert.match(terms[0]?.vi ?? '', /Đối tác/);
});

test('an English query finds English text: “strategic partnership”', async () => {
  const sentences = await top('strategic partnership', 'sentence', 3);
  assert.ok(sentences.length > 0);
  for (const sentence of sentences) assert.match(sentence.en.toLowerCase(), /strategic partnership/);
});
