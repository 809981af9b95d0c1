import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSearchIndex, type SearchIndex } from '../../lib/search/build-index';
import type { SearchCorpus } from '../../lib/search/documents';
import { findMatches, loadDocuments, loadFirstPage, MAX_SHARDS_PER_WORD, shardRange, topGroup, type SearchSource } from '../../lib/search/engine';
import type { SearchKind } from '../../lib/search/documents';
import { decodePostings, encodePostings, indexFiles, isSearchManifest, isTermShard } from '../../lib/search/format';
import { foldForSearch, matchRanges } from '../../lib/search/terms';

const corpus: SearchCorpus = {
  articles: [
    {
      slug: 'a',
      headline: { vi: 'Ông Triệu đến Hà Nội', en: 'Mr Trieu visits Hanoi' },
      summary: { vi: 'Chuyến thăm của đối tác', en: 'A partner’s visit' },
      units: [
        { id: 's1', vi: 'Ông Triệu đến Hà Nội.', en: 'Mr Trieu arrives in Hanoi.' },
        { id: 's2', vi: 'Hai nước là đối tác chiến lược.', en: 'The two countries are strategic partners.' },
        { id: 's3', vi: 'Triều Tiên không tham dự.', en: 'North Korea did not attend.' },
      ],
    },
    {
      slug: 'b',
      headline: { vi: 'Đối tác mới', en: 'New partners' },
      summary: { vi: 'Tin ngắn', en: 'In brief' },
      units: [{ id: 's1', vi: 'Tác giả đối chiếu hai bản.', en: 'The author compares two versions.' }],
    },
  ],
  entities: [
    { id: 'pyongyang', name: { vi: 'Bình Nhưỡng', en: 'Pyongyang' }, gloss: { vi: 'Thủ đô Triều Tiên', en: 'Capital of North Korea' }, aliases: ['Thủ đô Bình Nhưỡng'], mentions: 3 },
    { id: 'pyongyang-declaration', name: { vi: 'Tuyên bố Bình Nhưỡng', en: 'Pyongyang Declaration' }, gloss: { vi: 'Tuyên bố năm 2002', en: 'A 2002 declaration' }, aliases: [], mentions: 1 },
  ],
};

function sourceOf(index: SearchIndex, loaded: string[] = []): SearchSource {
  return {
    manifest: index.manifest,
    load(file) {
      loaded.push(file);
      const text = index.files.get(file);
      return text === undefined ? Promise.reject(new Error(`no ${file}`)) : Promise.resolve(JSON.parse(text));
    },
  };
}

const source = sourceOf(buildSearchIndex(corpus));
async function paths(query: string): Promise<string[]> {
  const { groups } = await findMatches(source, query);
  const documents = await loadDocuments(source, [...groups.entity, ...groups.article, ...groups.sentence]);
  return documents.map((document) => document.path);
}

test('folding keeps one character per character, đ included', () => {
  assert.equal(foldForSearch('Đối tác Bình Nhưỡng'), 'doi tac binh nhuong');
  assert.equal(foldForSearch('Nghị quyết').length, 'Nghị quyết'.length);
});

test('postings are stored as differences and read back', () => {
  assert.deepEqual(encodePostings([3, 4, 10]), [3, 1, 6]);
  assert.deepEqual(decodePostings(encodePostings([0, 7, 8, 100])), [0, 7, 8, 100]);
});

test('the builder writes a manifest and its files under a directory named by their content, the same for the same corpus', () => {
  const index = buildSearchIndex(corpus);
  assert.ok(isSearchManifest(JSON.parse(JSON.stringify(index.manifest))));
  assert.deepEqual([...buildSearchIndex(corpus).files], [...index.files]);
  const named = Object.values(indexFiles(index.manifest)).flat();
  assert.deepEqual(named.sort(), [...index.files.keys()].sort(), 'the manifest implies every file');
  for (const name of named) assert.match(name, new RegExp(`^${index.manifest.build}/[tpea]\\d+\\.json$`));
  const changed = buildSearchIndex({ ...corpus, articles: corpus.articles.slice(1) });
  assert.notEqual(changed.manifest.build, index.manifest.build, 'another corpus, another directory');
  assert.deepEqual(index.manifest.articleUnits, [3, 1]);
  assert.equal(index.manifest.entityCount, 2);
});

test('small shards: each holds a sorted run of words starting at its manifest entry, and every word is found', async () => {
  const index = buildSearchIndex(corpus, { shardTargetBytes: 200 });
  const { terms } = index.manifest;
  const termFiles = indexFiles(index.manifest).t;
  assert.ok(terms.length > 5, 'the corpus is cut into several shards');
  const all: string[] = [];
  for (const [position, file] of termFiles.entries()) {
    const shard: unknown = JSON.parse(index.files.get(file) ?? 'null');
    assert.ok(isTermShard(shard));
    assert.equal(shard[0]?.[0], terms[position]);
    all.push(...shard.map(([term]) => term));
  }
  assert.deepEqual(all, [...all].sort(), 'words are sorted across shards');
  for (const word of all) {
    const { start } = shardRange(terms, word);
    const shard: unknown = JSON.parse(index.files.get(termFiles[start] ?? '') ?? 'null');
    assert.ok(isTermShard(shard) && shard.some(([term]) => term === word), `${word} is in the shard its range names`);
  }
  // The same answers as with one big shard.
  const small = sourceOf(index);
  for (const query of ['binh nhuong', 'doi tac', 'trieu', 'partner']) {
    assert.deepEqual((await findMatches(small, query)).groups, (await findMatches(source, query)).groups, query);
  }
});

test('a word whose prefix spans more than a few shards matches whole words only, and loads one shard', async () => {
  const index = buildSearchIndex(corpus, { shardTargetBytes: 1 });
  const { start, end } = shardRange(index.manifest.terms, 't');
  assert.ok(end - start + 1 > MAX_SHARDS_PER_WORD, 'one shard per word: "t…" spans many');
  const loaded: string[] = [];
  const { total } = await findMatches(sourceOf(index, loaded), 't');
  assert.equal(total, 0, 'no document has the word "t"');
  assert.equal(loaded.length, 1);
});

test('queries match without tone marks, with them, and in any case, in both languages', async () => {
  assert.deepEqual(await paths('binh nhuong'), ['/entities/pyongyang/', '/entities/pyongyang-declaration/']);
  assert.deepEqual(await paths('BÌNH NHƯỠNG'), ['/entities/pyongyang/', '/entities/pyongyang-declaration/']);
  assert.deepEqual(await paths('pyongyang declaration'), ['/entities/pyongyang-declaration/']);
  assert.deepEqual(await paths('strategic partner'), ['/articles/a/#s2']);
});

test('every word must start a word of the text', async () => {
  assert.deepEqual(await paths('ong'), ['/articles/a/', '/articles/a/#s1'], '"ong" starts "Ông" but is not found inside "không"');
  assert.deepEqual(await paths('doi chien'), ['/articles/a/#s2']);
  assert.deepEqual(await paths('doi korea'), [], 'both words in one document, not one in each');
});

test('results come in groups, names and titles first, with counts', async () => {
  const { groups, total } = await findMatches(source, 'doi tac');
  assert.equal(total, 4);
  const [articles, sentences] = await Promise.all([loadDocuments(source, groups.article), loadDocuments(source, groups.sentence)]);
  assert.deepEqual(
    articles.map((document) => document.path),
    ['/articles/b/', '/articles/a/'],
    'a headline match ranks above a summary match, even for an older article',
  );
  assert.deepEqual(
    sentences.map((document) => document.path),
    ['/articles/a/#s2', '/articles/b/#s1'],
    'the phrase “đối tác” ranks above “tác … đối” apart',
  );
  assert.deepEqual(sentences[0]?.context, corpus.articles[0]?.headline, 'a sentence shows its headline');
});

test('the exact marks rank first: “Triều” before “Triệu”', async () => {
  const sentences = async (query: string) => (await loadDocuments(source, (await findMatches(source, query)).groups.sentence)).map((document) => document.path);
  assert.deepEqual(await sentences('Triều'), ['/articles/a/#s3', '/articles/a/#s1']);
  assert.deepEqual(await sentences('Triệu'), ['/articles/a/#s1', '/articles/a/#s3']);
});

test('a result page loads only the files of the documents it shows', async () => {
  const loaded: string[] = [];
  const index = buildSearchIndex(corpus);
  const counting = sourceOf(index, loaded);
  const { groups } = await findMatches(counting, 'pyongyang');
  assert.equal(groups.entity.length, 2);
  loaded.length = 0;
  await loadDocuments(counting, groups.entity);
  assert.deepEqual(loaded, indexFiles(index.manifest).e.slice(0, 1).concat(indexFiles(index.manifest).e.slice(0, 1)), 'only the entity file, and no article file');
});

test('the first page hands over each group as soon as its files are here: the names do not wait for the sentences', async () => {
  const index = buildSearchIndex(corpus);
  // Article files (the articles' and the sentences') arrive only when released; entity files at once.
  let release = () => {};
  const articlesHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  const slow: SearchSource = {
    manifest: index.manifest,
    async load(file) {
      if (indexFiles(index.manifest).a.includes(file)) await articlesHeld;
      return sourceOf(index).load(file);
    },
  };
  // The capital's gloss and one sentence say “Triều Tiên”.
  const matches = await findMatches(slow, 'trieu tien');
  assert.equal(topGroup(matches), 'entity');
  assert.ok(matches.groups.sentence.length > 0);
  const arrived: SearchKind[] = [];
  const all = loadFirstPage(slow, matches, (kind) => arrived.push(kind));
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(arrived.includes('entity') && !arrived.includes('sentence'), `the names are handed over while the sentences' files are on their way (${arrived.join(', ')})`);
  release();
  const page = await all;
  assert.deepEqual(arrived.toSorted(), ['article', 'entity', 'sentence']);
  assert.deepEqual(page.entity.map((document) => document.path), ['/entities/pyongyang/']);
  assert.deepEqual(page.sentence.map((document) => document.path), ['/articles/a/#s3']);
  assert.equal(topGroup(await findMatches(slow, 'partners')), 'article', 'no name matches: the articles come first');
  assert.equal(topGroup(await findMatches(slow, 'zzz')), undefined);
});

test('match ranges point at the original text', () => {
  const text = 'Hai nước là đối tác chiến lược.';
  const ranges = matchRanges(text, 'doi tac');
  assert.deepEqual(
    ranges.map(([start, end]) => text.slice(start, end)),
    ['đối', 'tác'],
  );
});
