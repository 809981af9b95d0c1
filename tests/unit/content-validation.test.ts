import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatFinding, readArticle } from '../../lib/content/load';

const FILE = join(process.cwd(), 'content', 'articles', 'sample.md');

function frontmatter(overrides = ''): string {
  return [
    '---',
    'slug: sample',
    'status: published',
    'source:',
    '  seed: 000_sample',
    'headline:',
    '  vi: Tiêu đề',
    '  en: Headline',
    '  editorial: false',
    'published:',
    "  date: '2024-06-19'",
    '  inferred: false',
    'summary:',
    '  en: A summary.',
    '  vi: Tóm tắt.',
    overrides,
    '---',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

const UNIT = (id: string, vi: string, en?: string) => [`:::unit{#${id}}`, vi, ...(en ? ['', en] : []), ':::', ''].join('\n');
const BLOCK = (id: string, ...units: string[]) => [`::::paragraph{#${id}}`, ...units, '::::', ''].join('\n');

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
