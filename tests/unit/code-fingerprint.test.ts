// Next's build id (lib/build/code-fingerprint.ts): the same for the same code whatever the content,
// different when any code file changes, so unchanged pages come out the same and can be reused.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { codeFingerprint } from '../../lib/build/code-fingerprint';

const root = mkdtempSync(join(tmpdir(), 'song-ngu-code-'));
after(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

test('the build id follows the code, not the content', () => {
  write('app/page.tsx', 'export default 1;');
  write('lib/a.ts', 'export const a = 1;');
  write('package-lock.json', '{}');
  write('content/articles/x.md', 'one');
  const id = codeFingerprint(root);
  assert.match(id, /^[A-Za-z0-9_-]{21}$/);
  write('content/articles/x.md', 'two');
  assert.equal(codeFingerprint(root), id, 'content changed');
  write('lib/a.ts', 'export const a = 2;');
  const changed = codeFingerprint(root);
  assert.notEqual(changed, id, 'code changed');
  write('lib/b.ts', '');
  assert.notEqual(codeFingerprint(root), changed, 'a file added');
  write('package-lock.json', '{"lockfileVersion":3}');
  assert.notEqual(codeFingerprint(root), changed, 'a dependency changed');
});
