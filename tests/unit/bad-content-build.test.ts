// A build with bad content stops at check:content, names every problem by file and line, and
// leaves the previous export in out/ exactly as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const FIXTURE = join('tests', 'fixtures', 'bad-content');

function snapshot(): string {
  if (!existsSync('out')) return 'no out/';
  const index = join('out', 'index.html');
  return JSON.stringify({ entries: readdirSync('out').sort(), index: existsSync(index) ? statSync(index).mtimeMs : null });
}

test('npm run build with bad content fails before touching out/ and reports each problem', () => {
  const before = snapshot();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', env: { ...process.env, SONG_NGU_CONTENT_DIR: FIXTURE } });
  assert.notEqual(result.status, 0);
  assert.equal(snapshot(), before);
  const output = result.stdout + result.stderr;
  for (const expected of [
    `${FIXTURE}/articles/broken-frontmatter.md:4: error: frontmatter YAML`,
    `${FIXTURE}/articles/impossible-date.md:11: error: frontmatter published.date: not a real calendar date`,
    `${FIXTURE}/articles/bad-article.md:25: error: id "s1" is already used on line 19`,
    `${FIXTURE}/articles/bad-article.md:31: error: unit s2 has no English translation`,
    `${FIXTURE}/articles/bad-article.md:36: error: text is not in Unicode NFC`,
    `${FIXTURE}/articles/bad-article.md:20: error: :entity refers to unknown entity "no-such-entity"`,
    `${FIXTURE}/articles/bad-article.md:1: error: published id "s5" has disappeared`,
    `${FIXTURE}/entities/bad-entity.yaml:5: error: gloss.vi`,
    `${FIXTURE}/timeline.yaml:6: error: article bad-article has no unit s9`,
  ]) {
    assert.ok(output.includes(expected), `missing: ${expected}\n${output}`);
  }
});
