// A draft with missing metadata is a to-do list, not a crash: check:content says what to write,
// a broken draft is skipped (never stopping the build), and the drafts preview sees edits at once.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const content = mkdtempSync(join(tmpdir(), 'ingest-drafts-'));
for (const folder of ['articles', 'entities', 'lexicon']) mkdirSync(join(content, folder));
const articles = join(content, 'articles');
const draftPath = join(articles, 'vtc-no-headline.md');
const brokenPath = join(articles, 'broken-draft.md');

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SONG_NGU_CONTENT_DIR: content, ...env },
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const ingested = run(join('scripts', 'ingest.ts'), [join('tests', 'fixtures', 'ingest', 'shapes', 'vtc-no-headline.txt'), '--out', draftPath]);
writeFileSync(brokenPath, '---\nslug: broken-draft\nstatus: draft\nheadline: [oops\n---\n');

test('ingest wrote a draft with TODO placeholders and said what to add', () => {
  assert.equal(ingested.status, 0, ingested.stderr);
  assert.match(ingested.stdout, /^ {2}published: the source prints no date: add `published: 2024-06-19`/mu);
  assert.match(readFileSync(draftPath, 'utf8'), /^# TODO: add `published: 2024-06-19`, the date the source printed, or$/mu);
});

test('check:content lists each to-do with its line, skips the broken draft and exits 0', () => {
  const result = run(join('scripts', 'check-content.ts'), []);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  const file = relative(process.cwd(), draftPath);
  const broken = relative(process.cwd(), brokenPath);
  const lines = result.stdout.split('\n');
  for (const expected of [
    `${file}:20: to do: add \`published: 2024-06-19\`, the date the source printed, or \`published: {date: 2024-06-19, inferred: true, basis: {en: …, vi: …}}\` saying how you know it`,
    `${file}:6: to do: add \`headline.vi\`: the headline the source printed (or your own, with \`editorial: true\`)`,
    `${file}:21: to do: add \`summary.en\` and \`summary.vi\`: one sentence each`,
    `${file}:1: to do: translate 2 units (an English paragraph under each Vietnamese one)`,
    `${broken}:4: warning: draft skipped until fixed: frontmatter YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    `${broken}: draft skipped: left out of the build until the warnings above are fixed`,
  ]) {
    assert.ok(lines.includes(expected), `missing: ${expected}\n${result.stdout}`);
  }
  assert.match(result.stdout, /check:content: 1 articles, 0 entities, 0 errors, \d+ warnings/u);
});

test('the same draft marked published fails with the guided message', () => {
  const published = join(mkdtempSync(join(tmpdir(), 'ingest-published-')), 'vtc-no-headline.md');
  writeFileSync(published, readFileSync(draftPath, 'utf8').replace('status: draft', 'status: published'));
  const script = `import { readArticle } from './lib/content/load'; import { readFileSync } from 'node:fs';
    const path = process.argv[1] ?? ''; const found = readArticle(path, readFileSync(path, 'utf8')).findings.filter((f) => f.severity === 'error');
    console.log(found.map((f) => f.line + ': ' + f.message).join('\\n'));`;
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', '--input-type=module', '-e', script, published], { encoding: 'utf8' });
  assert.match(String(result.stdout), /^20: frontmatter published: `published: TODO` is not filled in: add `published: 2024-06-19`, the date the source printed/mu);
  writeFileSync(published, readFileSync(published, 'utf8').replace('published: TODO', 'published: 2024-06-19'));
  const next = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', '--input-type=module', '-e', script, published], { encoding: 'utf8' });
  assert.match(String(next.stdout), /^8: frontmatter headline\.vi: still TODO: write it before publishing$/mu);
});

test('the drafts preview renders placeholders and sees an edit without a restart', async () => {
  process.env.SONG_NGU_CONTENT_DIR = content;
  process.env.SONG_NGU_DRAFTS = '1';
  const { getPublishedArticles } = await import('../../lib/content/load');
  const [draft] = getPublishedArticles();
  assert.equal(draft?.meta.headline.vi, 'TODO: tiêu đề (no headline yet)');
  assert.equal(draft?.meta.published.date, '1970-01-01');
  assert.equal(draft?.meta.published.basis?.en, 'TODO: no date yet — add the date the source printed');
  writeFileSync(draftPath, readFileSync(draftPath, 'utf8').replace('  vi: TODO', '  vi: Giá vàng miếng tăng mạnh').replace('published: TODO', 'published: 2024-06-19'));
  const later = new Date(Date.now() + 5_000);
  utimesSync(draftPath, later, later);
  const [edited] = getPublishedArticles();
  assert.equal(edited?.meta.headline.vi, 'Giá vàng miếng tăng mạnh');
  assert.deepEqual(edited?.meta.published, { date: '2024-06-19', inferred: false });
});
