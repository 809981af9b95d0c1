// The workbench server as an attacker and a careless client meet it (issue 15 part 8): each refusal
// over loopback against the real server module, on a temporary content root (never content/).
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createWorkbenchServer } from '../../lib/workbench/server/http';
import { contentHash, WorkbenchStore } from '../../lib/workbench/server/store';

const TOKEN = 'unit-test-token';
const SLUG = 'viet-nam-va-nga-thuc-day-hop-tac-nghe-ca';
let server: Server;
let port = 0;
let root = '';
let store: WorkbenchStore;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with exactly these headers (Host included), as a hostile page or tool could send it. */
function send(method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

const write = (method: 'PUT' | 'POST', path: string, body: unknown, headers: Record<string, string> = {}) =>
  send(method, path, { headers: { 'content-type': 'application/json', 'x-workbench-token': TOKEN, ...headers }, body: JSON.stringify(body) });
const articlePath = () => join(root, 'articles', `${SLUG}.md`);
const currentHash = () => contentHash(readFileSync(articlePath(), 'utf8'));

before(async () => {
  const base = mkdtempSync(join(tmpdir(), 'song-ngu-workbench-'));
  root = join(base, 'content');
  mkdirSync(join(root, 'articles'), { recursive: true });
  for (const part of ['entities', 'lexicon', 'config.yaml']) cpSync(join('content', part), join(root, part), { recursive: true });
  cpSync('tests/fixtures/workbench/articles', join(root, 'articles'), { recursive: true });
  writeFileSync(join(base, 'secret.md'), 'outside the content root');
  symlinkSync(join(base, 'secret.md'), join(root, 'articles', 'symlinked-out.md'));
  store = new WorkbenchStore({ root, translator: null });
  server = createWorkbenchServer({ store, token: TOKEN, assets: { js: 'export {};', css: '' } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(join(root, '..'), { recursive: true, force: true });
});

describe('the gate', () => {
  test('another Host (DNS rebinding) is refused, even with the token', async () => {
    const answer = await send('GET', `/?token=${TOKEN}`, { headers: { host: `attacker.example:${port}` } });
    assert.equal(answer.status, 421);
    assert.equal((await write('PUT', `/api/articles/${SLUG}/units/s1`, { hash: currentHash(), en: 'x', status: 'translated' }, { host: 'attacker.example' })).status, 421);
  });

  test('a write from another origin is refused, even with the token', async () => {
    const answer = await write('PUT', `/api/articles/${SLUG}/units/s1`, { hash: currentHash(), en: 'x', status: 'translated' }, { origin: 'http://attacker.example' });
    assert.equal(answer.status, 403);
    assert.equal((await write('POST', '/api/entities', {}, { 'sec-fetch-site': 'cross-site' })).status, 403);
  });

  test('a write without the token, or with a wrong one, or not JSON, or another method is refused', async () => {
    const body = JSON.stringify({ hash: currentHash(), en: 'x', status: 'translated' });
    assert.equal((await send('PUT', `/api/articles/${SLUG}/units/s1`, { headers: { 'content-type': 'application/json' }, body })).status, 403);
    assert.equal((await send('PUT', `/api/articles/${SLUG}/units/s1`, { headers: { 'content-type': 'application/json', 'x-workbench-token': 'guess' }, body })).status, 403);
    assert.equal((await send('PUT', `/api/articles/${SLUG}/units/s1`, { headers: { 'content-type': 'text/plain', 'x-workbench-token': TOKEN }, body })).status, 415);
    assert.equal((await send('DELETE', `/api/articles/${SLUG}`, { headers: { 'x-workbench-token': TOKEN } })).status, 405);
    assert.equal(readFileSync(articlePath(), 'utf8'), readFileSync(`tests/fixtures/workbench/articles/${SLUG}.md`, 'utf8'));
  });

  test('pages and reads need the token: the printed address sets it as a strict cookie', async () => {
    assert.equal((await send('GET', '/')).status, 403);
    assert.equal((await send('GET', `/api/articles/${SLUG}`)).status, 403);
    assert.equal((await send('GET', '/?token=wrong')).status, 403);
    const entry = await send('GET', `/?token=${TOKEN}`);
    assert.equal(entry.status, 303);
    assert.equal(entry.headers.location, '/');
    const cookie = [entry.headers['set-cookie'] ?? []].flat().find((value) => value.startsWith('song_ngu_workbench='));
    assert.match(cookie ?? '', /HttpOnly; SameSite=Strict/);
    const page = await send('GET', `/edit/${SLUG}`, { headers: { cookie: (cookie ?? '').split(';')[0] ?? '' } });
    assert.equal(page.status, 200);
    assert.match(String(page.headers['content-security-policy']), /script-src 'self';/);
    // No inline script: the bundle, and the data block (JSON, never executed).
    for (const tag of page.body.match(/<script[^>]*>/g) ?? []) assert.match(tag, /^<script (type="module" src="\/assets\/workbench\.js"|type="application\/json" id="workbench-data")>$/);
    assert.match(page.body, new RegExp(`<meta name="workbench-token" content="${TOKEN}">`));
  });
});

describe('bodies and fields', () => {
  const unitPath = `/api/articles/${SLUG}/units/s1`;
  test('raw HTML, control characters and line breaks are refused in any field; the file is untouched', async () => {
    const before = readFileSync(articlePath(), 'utf8');
    for (const en of ['<img src=x onerror=alert(1)>', 'Hidden\u202etext', 'Two\n\nparagraphs', 'nul\u0000']) {
      const answer = await write('PUT', unitPath, { hash: currentHash(), en, status: 'translated' });
      assert.equal(answer.status, 400, en);
    }
    assert.equal((await write('POST', '/api/entities', { id: 'x', name: { '<b>': 'y' } })).status, 400);
    assert.equal(readFileSync(articlePath(), 'utf8'), before);
  });

  test('a body that is too large or not JSON is refused', async () => {
    const big = await send('PUT', unitPath, { headers: { 'content-type': 'application/json', 'x-workbench-token': TOKEN }, body: Buffer.alloc(70 * 1024, 'a') });
    assert.equal(big.status, 413);
    const broken = await send('PUT', unitPath, { headers: { 'content-type': 'application/json', 'x-workbench-token': TOKEN }, body: '{"hash":' });
    assert.equal(broken.status, 400);
    assert.equal((await write('PUT', unitPath, { hash: currentHash(), en: 'x', status: 'published' })).status, 400);
  });

  test('path traversal, odd slugs and symlinks out of the content root are refused', async () => {
    for (const slug of ['..%2F..%2Fetc%2Fpasswd', '%2Fetc%2Fpasswd', 'UPPER', 'a..b', 'symlinked-out']) {
      const answer = await write('PUT', `/api/articles/${slug}/units/s1`, { hash: currentHash(), en: 'x', status: 'translated' });
      assert.ok([400, 404].includes(answer.status), `${slug}: ${answer.status}`);
    }
    assert.equal(readFileSync(join(root, '..', 'secret.md'), 'utf8'), 'outside the content root');
    const entity = await write('POST', '/api/entities', { id: '../../escape', type: 'person', name: { en: 'A', vi: 'A' }, aliases: {}, gloss: { en: 'g', vi: 'g' }, explanation: { en: 'e', vi: 'e' } });
    assert.equal(entity.status, 400);
  });

  test('English that would break the article structure is refused (422) and not written', async () => {
    const before = readFileSync(articlePath(), 'utf8');
    const answer = await write('PUT', unitPath, { hash: currentHash(), en: ':::unit{#s1}', status: 'translated' });
    assert.equal(answer.status, 422);
    assert.equal(readFileSync(articlePath(), 'utf8'), before);
  });
});

describe('saving', () => {
  test('a save rewrites only its unit; a stale hash is refused with the difference, nothing overwritten', async () => {
    const before = readFileSync(articlePath(), 'utf8');
    const opened = currentHash();
    const view = await store.view(SLUG);
    assert.equal(view.hash, opened);
    const saved = await write('PUT', `/api/articles/${SLUG}/units/s1`, { hash: opened, en: 'On October 15, the ministers met in Hanoi.', status: 'translated' });
    assert.equal(saved.status, 200);
    const after = readFileSync(articlePath(), 'utf8');
    assert.equal(after.replace('\n\nOn October 15, the ministers met in Hanoi.\n:::', '\n:::'), before);

    // Someone else edits the file; a write made from the old version must not overwrite it.
    writeFileSync(articlePath(), after.replace('en: Vietnam and Russia step up fisheries cooperation', 'en: Vietnam and Russia expand fisheries cooperation'));
    const stale = await write('PUT', `/api/articles/${SLUG}/units/s2`, { hash: JSON.parse(saved.body).hash, en: 'Russian and Vietnamese agencies reported it.', status: 'translated' });
    assert.equal(stale.status, 409);
    const conflict = JSON.parse(stale.body);
    assert.deepEqual(
      conflict.diff.filter((line: { kind: string }) => line.kind !== ' ').map((line: { kind: string; text: string }) => `${line.kind}${line.text}`),
      ['-  en: Vietnam and Russia step up fisheries cooperation', '+  en: Vietnam and Russia expand fisheries cooperation'],
    );
    assert.doesNotMatch(readFileSync(articlePath(), 'utf8'), /agencies reported it/);
  });

  test('headline, summaries and waivers are frontmatter values, validated', async () => {
    const conflictSlug = 'ban-nhap-de-thu-xung-dot';
    const path = join(root, 'articles', `${conflictSlug}.md`);
    const before = readFileSync(path, 'utf8');
    const answer = await write('PUT', `/api/articles/${conflictSlug}/fields/headline.en`, { hash: contentHash(before), value: 'Twin cities open a direct air route' });
    assert.equal(answer.status, 200);
    assert.equal(readFileSync(path, 'utf8'), before.replace('  en: ""\n  editorial', '  en: Twin cities open a direct air route\n  editorial'));
    assert.equal((await write('PUT', `/api/articles/${conflictSlug}/fields/slug`, { hash: contentHash(readFileSync(path, 'utf8')), value: 'other' })).status, 404);
    const waiver = await write('PUT', `/api/articles/${conflictSlug}/waivers`, { hash: contentHash(readFileSync(path, 'utf8')), waivers: [{ unit: 's77', rule: 'numbers', reason: 'a reason long enough' }] });
    assert.equal(waiver.status, 400);
  });

  test('machine drafts are off without a translator; a draft with a machine unit is not published', async () => {
    const conflictSlug = 'ban-nhap-de-thu-xung-dot';
    const path = join(root, 'articles', `${conflictSlug}.md`);
    assert.equal((await write('POST', `/api/articles/${conflictSlug}/units/s2/machine`, { hash: contentHash(readFileSync(path, 'utf8')) })).status, 404);
    await write('PUT', `/api/articles/${conflictSlug}/units/s2`, { hash: contentHash(readFileSync(path, 'utf8')), en: 'There are three flights a week each way.', status: 'machine' });
    const before = readFileSync(path, 'utf8');
    assert.match(before, /:::unit\{#s2 status="machine"\}/);
    const published = await write('POST', `/api/articles/${conflictSlug}/publish`, { hash: contentHash(before) });
    assert.equal(published.status, 422);
    assert.match(published.body, /unit s2 is still a machine draft/);
    assert.equal(readFileSync(path, 'utf8'), before);
  });

  test('an entity or lexicon entry that exists, or does not validate, is refused with the field', async () => {
    const exists = await write('POST', '/api/lexicon', { word: 'hiệp định', pos: 'noun', senses: ['agreement'] });
    assert.equal(exists.status, 409);
    const invalid = await write('POST', '/api/lexicon', { word: 'ngao', pos: 'animal', senses: [] });
    assert.equal(invalid.status, 400);
    assert.deepEqual(JSON.parse(invalid.body).issues.map((issue: { path: string }) => issue.path), ['pos', 'senses']);
    const entity = await write('POST', '/api/entities', { id: 'hanoi', type: 'place', name: { en: 'Hanoi', vi: 'Hà Nội' }, aliases: {}, gloss: { en: 'g', vi: 'g' }, explanation: { en: 'e', vi: 'e' } });
    assert.equal(entity.status, 409);
  });
});
