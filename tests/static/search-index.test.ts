// The chunked search index as the build wrote it: the manifest names every file and only files that
// exist, the shards are small, a first query downloads little, and no whole-corpus index is left.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { SHARD_TARGET_BYTES } from '../../lib/search/build-index';
import { findMatches, loadFirstPage, type SearchSource } from '../../lib/search/engine';
import { indexFiles, isSearchManifest } from '../../lib/search/format';
import { SEARCH_MANIFEST_PATH, searchIndexFilePath } from '../../lib/paths';
import { articles } from '../e2e/site-data';
import { outFile, readOut } from './out';

const manifest: unknown = JSON.parse(readOut(SEARCH_MANIFEST_PATH));
if (!isSearchManifest(manifest)) throw new Error(`${SEARCH_MANIFEST_PATH} is not a search manifest`);
const files = indexFiles(manifest);

test('the manifest implies exactly the files of its build directory, the only one, one file per article among them', () => {
  const directory = dirname(outFile(SEARCH_MANIFEST_PATH));
  assert.deepEqual(readdirSync(directory).filter((name) => !name.startsWith('manifest.json')), [manifest.build]);
  const written = readdirSync(join(directory, manifest.build)).filter((file) => file.endsWith('.json'));
  assert.deepEqual(written.map((file) => `${manifest.build}/${file}`).sort(), Object.values(files).flat().sort());
  assert.equal(files.a.length, articles.length);
  assert.deepEqual(manifest.articleUnits, articles.map((article) => article.units.length), 'articles in library order, every sentence counted');
});

test('every shard is small: at most the target size plus one entry', () => {
  for (const file of [...files.t, ...files.p]) {
    const text = readOut(searchIndexFilePath(file));
    assert.ok(Buffer.byteLength(text) < SHARD_TARGET_BYTES * 2, `${file}: ${text.length} bytes`);
  }
});

test('a first query downloads the manifest, its shards and the first page of results: under 150 kB gzip', async () => {
  for (const query of ['binh nhuong', 'doi tac', 'hiệp ước', 'Kim Jong', 'treaty', 'Pyongyang']) {
    let bytes = gzipSync(readOut(SEARCH_MANIFEST_PATH)).length;
    const seen = new Set<string>();
    const source: SearchSource = {
      manifest,
      load(file) {
        const text = readOut(searchIndexFilePath(file));
        if (!seen.has(file)) bytes += gzipSync(text).length;
        seen.add(file);
        return Promise.resolve(JSON.parse(text));
      },
    };
    const matches = await findMatches(source, query);
    const shown = await loadFirstPage(source, matches);
    assert.ok(shown.entity.length + shown.article.length + shown.sentence.length > 0, `${query} finds something`);
    assert.ok(bytes < 150 * 1024, `${query}: ${bytes} bytes`);
  }
});

test('the whole-corpus index of before is gone', () => {
  assert.equal(existsSync(outFile('/search-index.json')), false);
});
