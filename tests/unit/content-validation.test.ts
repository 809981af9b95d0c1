import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatFinding, readArticle } from '../../lib/content/load';
import { BLOCK, frontmatter, UNIT } from './article-source';

const FILE = join(process.cwd(), 'content', 'articles', 'sample.md');

function messages(source: string): string[] {
  return readArticle(FILE, source).findings.filter((finding) => finding.severity === 'error').map(formatFinding);
}

test('a valid article has no findings', () => {
  assert.deepEqual(messages(`${frontmatter()}\n\n${BLOCK('p1', UNIT('s1', 'Câu.', 'Sentence.'))}`), []);
});

test('broken frontmatter YAML is reported with its line', () => {
  const [first] = messages(`---\nslug: sample\nheadline: [unclosed\n---\n`);
  assert.equal(first?.startsWith("content/articles/sample.md:3: error: frontmatter YAML: "), true, first);
});

test('an impossible date names the file, the line and the field', () => {
  const source = `${frontmatter()}\n\n${BLOCK('p1', UNIT('s1', 'Câu.', 'Sentence.'))}`.replace("'2024-06-19'", "'2024-02-30'");
  assert.deepEqual(messages(source), ['content/articles/sample.md:11: error: frontmatter published.date: not a real calendar date']);
});

test('an inferred date needs a basis', () => {
  const source = frontmatter().replace('  inferred: false', '  inferred: true') + '\n\n' + BLOCK('p1', UNIT('s1', 'Câu.', 'Sentence.'));
  assert.match(messages(source).join('\n'), /published\.basis: an inferred value needs a basis/);
});

test('a published unit without English is an error at its line', () => {
  const source = `${frontmatter()}\n\n${BLOCK('p1', UNIT('s1', 'Câu.', 'Sentence.'), UNIT('s2', 'Câu hai.'))}`;
  const line = source.split('\n').indexOf(':::unit{#s2}') + 1;
  assert.deepEqual(messages(source), [`content/articles/sample.md:${line}: error: unit s2 has no English translation: add it as a second paragraph`]);
});

test('a draft may have pending translations (a warning, not an error)', () => {
  const source = `${frontmatter().replace('status: published', 'status: draft')}\n\n${BLOCK('p1', UNIT('s1', 'Câu.'))}`;
  assert.deepEqual(messages(source), []);
  assert.equal(readArticle(FILE, source).findings[0]?.severity, 'warning');
});

test('duplicate ids, bad ids, stray text and unknown note targets are reported', () => {
  const body = [
    BLOCK('p1', UNIT('s1', 'Một.', 'One.'), UNIT('s1', 'Hai.', 'Two.')),
    'Stray paragraph.',
    '',
    BLOCK('x9', UNIT('s3', 'Ba.', 'Three.')),
    '::::notes\n:::note{#n1 for="s99"}\nGhi chú.\n\nA note.\n:::\n::::\n',
  ].join('\n');
  const found = messages(`${frontmatter()}\n\n${body}`).join('\n');
  assert.match(found, /id "s1" is already used on line \d+/);
  assert.match(found, /body content must sit in a ::::paragraph/);
  assert.match(found, /block id "x9" must look like p1, h1 or c1/);
  assert.match(found, /note n1 is for "s99", which is no unit of this article/);
});

test('non-NFC text and raw HTML are rejected', () => {
  const decomposed = 'Tie\u0302u đe\u0302\u0300.';
  const found = messages(`${frontmatter()}\n\n${BLOCK('p1', UNIT('s1', decomposed, 'Title.'))}\n<script>alert(1)</script>\n`).join('\n');
  assert.match(found, /not in Unicode NFC/);
  assert.match(found, /raw HTML is not allowed/);
});

test('content cannot inject script: the checker rejects it and the pipeline drops it anyway', async () => {
  const { readFileSync } = await import('node:fs');
  const { toHtml } = await import('hast-util-to-html');
  const { renderMarkdown } = await import('./render-fixture');
  const path = join(process.cwd(), 'tests', 'fixtures', 'injection', 'article.md');
  const source = readFileSync(path, 'utf8');
  const found = readArticle(path, source).findings.map(formatFinding);
  for (const line of [20, 22, 26, 32]) assert.ok(found.some((message) => message.includes(`article.md:${line}: error:`)), `line ${line}:\n${found.join('\n')}`);
  assert.ok(found.some((message) => message.includes('link "javascript:alert(1)" is refused: the javascript: scheme is not allowed')));

  const body = source.slice(source.indexOf('::::paragraph'));
  const html = toHtml(renderMarkdown(body));
  assert.doesNotMatch(html, /<script|onerror|onmouseover|javascript:/i);
});

test('a published id that disappears is an error; new ids are recorded, never dropped', async () => {
  const { checkPublishedIds, recordPublishedIds } = await import('../../lib/content/published-ids');
  const article = (body: string) => {
    const { article: parsed } = readArticle(FILE, `${frontmatter()}\n\n${body}`);
    if (!parsed) throw new Error('fixture did not parse');
    return parsed;
  };
  const before = article(BLOCK('p1', UNIT('s1', 'Câu một.', 'One.'), UNIT('s2', 'Câu hai.', 'Two.')));
  const record = recordPublishedIds({}, [before]);
  assert.deepEqual(record, { sample: ['p1', 's1', 's2'] });
  assert.deepEqual(checkPublishedIds(record, [before], 'ids.json'), []);

  const after = article(BLOCK('p1', UNIT('s1', 'Câu một.', 'One.'), UNIT('s3', 'Câu ba.', 'Three.')));
  const findings = checkPublishedIds(record, [after], 'ids.json').map(formatFinding);
  assert.deepEqual(findings, [
    'content/articles/sample.md:1: error: published id "s2" has disappeared: links to #s2 would break; keep the id (ids are never renumbered)',
    'content/articles/sample.md:1: warning: 1 published ids are not recorded yet: run npm run record:ids',
  ]);
  assert.deepEqual(recordPublishedIds(record, [after]), { sample: ['p1', 's1', 's2', 's3'] });
  assert.match(checkPublishedIds(record, [], 'ids.json').map(formatFinding)[0] ?? '', /^ids\.json:1: error: published article "sample" has disappeared/);
});
