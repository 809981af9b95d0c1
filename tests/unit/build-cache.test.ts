// The build cache (lib/build/content-store.ts) and the card renderer's fingerprint: a hit returns the
// bytes stored, a miss and a corrupt entry are reported (and the corrupt one removed so it is
// rebuilt), and any change to what a card depends on makes a different key.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cacheKey, ContentStore, decodeEntry, encodeEntry } from '../../lib/build/content-store';
import { cardKey, cardRendererInputs, rendererFingerprint } from '../../lib/share/card-render';

const root = mkdtempSync(join(tmpdir(), 'song-ngu-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));
const store = () => new ContentStore(join(root, String(Math.random())));
const body = Buffer.from('a card’s bytes');

test('a stored entry is a hit with the same bytes; an unknown key is a miss', () => {
  const cache = store();
  const key = cacheKey('input');
  assert.deepEqual(cache.get(key), { status: 'miss' });
  cache.put(key, body);
  const found = cache.get(key);
  assert.equal(found.status, 'hit');
  assert.ok(found.status === 'hit' && found.body.equals(body));
  assert.deepEqual(cache.stats, { hits: 1, misses: 1, corrupt: 0 });
});

test('a truncated, altered or foreign entry is corrupt, and removed so that it is rebuilt', () => {
  const damage: [string, (file: Buffer) => Buffer][] = [
    ['truncated', (file) => file.subarray(0, file.length - 3)],
    ['a flipped bit', (file) => Buffer.concat([file.subarray(0, -1), Buffer.from([(file.at(-1) ?? 0) ^ 1])])],
    ['longer than its header says', (file) => Buffer.concat([file, Buffer.from('x')])],
    ['not an entry', () => Buffer.from('plain text')],
    ['empty', () => Buffer.alloc(0)],
  ];
  for (const [what, change] of damage) {
    const cache = store();
    const key = cacheKey(what);
    cache.put(key, body);
    writeFileSync(cache.pathOf(key), change(readFileSync(cache.pathOf(key))));
    assert.deepEqual(cache.get(key), { status: 'corrupt' }, what);
    assert.equal(existsSync(cache.pathOf(key)), false, what);
    assert.deepEqual(cache.get(key), { status: 'miss' }, what);
    cache.put(key, body);
    assert.equal(cache.get(key).status, 'hit', what);
  }
});

test('entries round-trip through their encoding, the empty body included', () => {
  for (const bytes of [Buffer.alloc(0), body, Buffer.alloc(100_000, 7)]) assert.ok(decodeEntry(encodeEntry(bytes))?.equals(bytes));
});

test('prune keeps what the build used and removes the rest, left-over temporary files included', () => {
  const cache = store();
  const [kept, dropped] = [cacheKey('kept'), cacheKey('dropped')];
  cache.put(kept, body);
  cache.put(dropped, body);
  writeFileSync(`${cache.pathOf(kept)}.123.abcd.tmp`, 'half');
  assert.equal(cache.prune(new Set([kept])), 2);
  assert.equal(cache.get(kept).status, 'hit');
  assert.equal(cache.get(dropped).status, 'miss');
});

test('keys: parts are length-prefixed, and a key is never a path', () => {
  assert.notEqual(cacheKey('ab', 'c'), cacheKey('a', 'bc'));
  assert.equal(cacheKey('a', Buffer.from('b')), cacheKey('a', 'b'));
  assert.throws(() => store().pathOf('../../etc/passwd'));
});

test('a card’s key changes with its text and with every input of the renderer', () => {
  const inputs = cardRendererInputs();
  const names = inputs.files.map((file) => file.name);
  for (const required of ['lib/share/card-layout.ts', 'lib/share/card-fonts.ts', 'lib/share/card-render.ts', 'lib/share/png.ts']) assert.ok(names.includes(required), required);
  assert.ok(names.filter((name) => name.endsWith('.woff')).length >= 6, names.join(', '));
  assert.deepEqual(Object.keys(inputs.versions).sort(), ['@napi-rs/canvas']);

  const fingerprint = rendererFingerprint(inputs);
  assert.equal(rendererFingerprint(cardRendererInputs()), fingerprint, 'the same renderer, the same fingerprint');
  const text = { kicker: 'Song Ngữ', vietnamese: 'Câu.', english: 'A sentence.', footer: 'Song Ngữ · 1/1/2024' };
  const key = cardKey(fingerprint, text);
  for (const field of ['kicker', 'vietnamese', 'english', 'footer'] as const) assert.notEqual(cardKey(fingerprint, { ...text, [field]: `${text[field]}!` }), key, field);

  const changed = new Set<string>();
  for (const [index, file] of inputs.files.entries()) {
    const bytes = Buffer.from(file.bytes);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const files = inputs.files.map((other, at) => (at === index ? { ...other, bytes } : other));
    changed.add(rendererFingerprint({ ...inputs, files }));
  }
  for (const name of Object.keys(inputs.versions)) changed.add(rendererFingerprint({ ...inputs, versions: { ...inputs.versions, [name]: '0.0.0-other' } }));
  assert.equal(changed.size, inputs.files.length + Object.keys(inputs.versions).length, 'each change a fingerprint of its own');
  assert.ok(!changed.has(fingerprint));
});
