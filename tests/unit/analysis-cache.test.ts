// Analysed articles cached between processes (lib/article/analysis-cache.ts): a second analysis is
// read back equal to a fresh one, without asking for the lexicon; a damaged entry, or one whose body
// does not fit the model's schema, is analysed again; another article file is another key.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyseArticle } from '../../lib/article/analyse';
import { analyseCached, analysisKey } from '../../lib/article/analysis-cache';
import { analysisCacheDirectory } from '../../lib/build/cache-directory';
import { ContentStore, encodeEntry } from '../../lib/build/content-store';
import { ARTICLES_DIR, readArticle, type Article } from '../../lib/content/load';
import { getEntityIndex } from '../../lib/entities';
import { getLexicon } from '../../lib/lexicon/load';

const root = mkdtempSync(join(tmpdir(), 'song-ngu-analysis-'));
process.env.SONG_NGU_CACHE_DIR = root;
after(() => rmSync(root, { recursive: true, force: true }));

const path = join(ARTICLES_DIR, 'nga-trieu-tien-xich-lai-gan-nhau.md');
const source = readFileSync(path, 'utf8');
const read = (text: string): Article => {
  const { article } = readArticle(path, text);
  if (!article) throw new Error('the fixture article does not read');
  return article;
};
const context = () => ({ entities: getEntityIndex(), lexicon: getLexicon() });
/** The context, counting how often the cache had to ask for it (only on a miss). */
function counted() {
  let calls = 0;
  return { get: () => (calls++, context()), calls: () => calls };
}

test('an analysis is stored, then read back equal to a fresh one without the lexicon', () => {
  const article = read(source);
  const fresh = analyseArticle(article, context());
  const first = counted();
  assert.deepEqual(analyseCached(article, first.get), fresh);
  assert.equal(first.calls(), 1);
  const second = counted();
  assert.deepEqual(analyseCached(read(source), second.get).blocks, fresh.blocks);
  assert.equal(second.calls(), 0);
});

test('a damaged entry, or one that does not fit the schema, is analysed again', () => {
  const article = read(source);
  const fresh = analyseArticle(article, context());
  const store = new ContentStore(analysisCacheDirectory());
  const file = store.pathOf(analysisKey(article));
  analyseCached(article, context);
  const damaged = readFileSync(file);
  const at = damaged.length - 5;
  damaged.writeUInt8(damaged.readUInt8(at) ^ 0xff, at);
  writeFileSync(file, damaged);
  const afterDamage = counted();
  assert.deepEqual(analyseCached(article, afterDamage.get), fresh);
  assert.equal(afterDamage.calls(), 1);
  // A whole, intact entry whose body is not an analysis (the cell lost its words).
  writeFileSync(file, encodeEntry(Buffer.from(JSON.stringify({ headline: { vi: { text: 'x', mentions: [] } }, blocks: [] }))));
  const afterForeign = counted();
  assert.deepEqual(analyseCached(article, afterForeign.get), fresh);
  assert.equal(afterForeign.calls(), 1);
});

test('an edited article file is another key', () => {
  const edited = read(source.replace(/^ {2}en: (.*)$/m, '  en: $1, edited'));
  assert.notEqual(analysisKey(edited), analysisKey(read(source)));
});
