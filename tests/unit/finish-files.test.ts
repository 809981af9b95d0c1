// The last touch on an export's files (lib/build/finish-files.ts): each page's own CSP, and .br/.gz
// copies that decode to the file's bytes, the larger ones through the build cache.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { finishFiles } from '../../lib/build/finish-files';

const root = mkdtempSync(join(tmpdir(), 'song-ngu-finish-'));
after(() => rmSync(root, { recursive: true, force: true }));
const out = join(root, 'out');
const cache = join(root, 'cache');
mkdirSync(join(out, 'data'), { recursive: true });

const SCRIPT = 'self.ready=1';
const page = join(out, 'index.html');
const large = join(out, 'data', 'large.json');
const tiny = join(out, 'data', 'tiny.json');
const image = join(out, 'card.png');
writeFileSync(page, `<!doctype html><html><head><meta charSet="utf-8"/><title>t</title></head><body>${'<p>Xin chào</p>'.repeat(40)}<script>${SCRIPT}</script></body></html>`);
writeFileSync(large, JSON.stringify({ words: Array.from({ length: 4000 }, (_, index) => `từ ${index}`) }));
writeFileSync(tiny, '{"a":1}');
writeFileSync(image, Buffer.alloc(4096, 1));

test('a page gets the hash of its inline script in a CSP meta tag, and text files a .br and .gz of their final bytes', () => {
  const report = finishFiles([page, large, tiny, image], out, cache);
  const html = readFileSync(page, 'utf8');
  const hash = createHash('sha256').update(SCRIPT, 'utf8').digest('base64');
  assert.match(html, new RegExp(`<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'`));
  for (const file of [page, large]) {
    const body = readFileSync(file);
    assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), body);
    assert.deepEqual(gunzipSync(readFileSync(`${file}.gz`)), body);
    // The server serves a copy only if it is not older than the file.
    assert.ok(statSync(`${file}.br`).mtimeMs >= statSync(file).mtimeMs);
  }
  assert.ok(!existsSync(`${tiny}.br`) && !existsSync(`${image}.br`), 'tiny files and images are left as they are');
  assert.equal(report.pages, 1);
  assert.equal(report.compressed, 2);
  // Only the large file is worth a cache entry (two: .br and .gz).
  assert.equal(report.usedKeys.length, 2);
  assert.equal(report.cacheHits, 0);
});

test('finishing again changes nothing and takes the large copies from the cache', () => {
  const before = readFileSync(page, 'utf8');
  const report = finishFiles([page, large], out, cache);
  assert.equal(readFileSync(page, 'utf8'), before);
  assert.equal(report.cacheHits, 2);
  assert.deepEqual(brotliDecompressSync(readFileSync(`${large}.br`)), readFileSync(large));
});
