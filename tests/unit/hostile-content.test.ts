// check:content against hostile content (issue 19): every probe of the review gets a file:line
// message, never a crash, a hang or a silent pass; the renderer applies the same URL rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { z } from 'zod';
import { formatFinding, readArticle } from '../../lib/content/load';
import { parseYaml } from '../../lib/content/yaml';
import { entitySchema } from '../../lib/entities/schema';
import { rehypeSafeLinks } from '../../lib/render/rehype-safe-links';
import { undrawableCharacters } from '../../lib/security/card-glyphs';
import { forbiddenCharacters } from '../../lib/security/text-policy';
import { isSafeAbsoluteUrl, isSafeHref } from '../../lib/security/url-policy';
import { frontmatter } from './article-source';

const FILE = join(process.cwd(), 'content', 'articles', 'sample.md');
// The frontmatter ends with its line break, so a body can follow it directly.
const FRONTMATTER = `${frontmatter()}\n`;
/** Line 19 is the unit’s Vietnamese sentence, line 21 its English. */
const article = (vi: string, en = 'A sentence.', frontmatter = FRONTMATTER) => `${frontmatter}::::paragraph{#p1}\n:::unit{#s1}\n${vi}\n\n${en}\n:::\n::::\n`;

function errors(source: string): string[] {
  return readArticle(FILE, source).findings.filter((finding) => finding.severity === 'error').map(formatFinding);
}

function timed<T>(run: () => T, budgetMs: number, label: string): T {
  const started = performance.now();
  const result = run();
  const took = performance.now() - started;
  assert.ok(took < budgetMs, `${label} took ${took.toFixed(0)} ms, budget ${budgetMs} ms`);
  return result;
}

test('the sample article itself passes', () => {
  assert.deepEqual(errors(article('Câu tiếng Việt.')), []);
});

test('images are refused with file:line, whatever their URL', () => {
  for (const image of ['![](https://example.com/x.png)', '![alt](javascript:alert(1))', '![x][ref]']) {
    const found = errors(`${article(`Câu ${image} tiếp.`)}\n[ref]: https://example.com/x.png\n`);
    assert.ok(found.some((message) => /sample\.md:19: error: images are not allowed/.test(message)), `${image}: ${found.join('\n')}`);
  }
});

test('protocol-relative and non-http(s) links are refused by the checker and unwrapped by the renderer', () => {
  for (const url of ['//evil.example/x', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'mailto:a@b.c', 'relative/path', '/\\evil.example']) {
    const found = errors(article(`Câu [liên kết](${url.replace(/[()]/g, '')}) tiếp.`));
    assert.ok(found.some((message) => /sample\.md:19: error: link ".*" is refused/.test(message)), `${url}: ${found.join('\n')}`);
  }
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSafeLinks);
  const render = (markdown: string) => {
    const tree: HastRoot = processor.runSync(processor.parse(markdown));
    return toHtml(tree);
  };
  assert.equal(render('[x](//evil.example) [y](https://ok.example/) [z](/en/) [w](#s1)'), '<p>x <a href="https://ok.example/">y</a> <a href="/en/">z</a> <a href="#w">w</a></p>'.replace('#w', '#s1'));
  assert.equal(render('![alt text](https://evil.example/t.png) ![](javascript:x)'), '<p>alt text </p>');
});

test('one URL rule: the same answers wherever it is asked', () => {
  const safe = ['https://vi.wikipedia.org/wiki/Nga', 'http://example.com', '/en/articles/a/#s1', '#s7'];
  const unsafe = ['//evil.example', '/\\evil.example', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:x', ' https://x.example', 'data:text/html,x', 'https://', 'https:evil.example', 'ftp://x.example', 'https://user:pw@x.example/'];
  for (const url of safe) assert.equal(isSafeHref(url), true, url);
  for (const url of unsafe) assert.equal(isSafeHref(url), false, url);
  assert.equal(isSafeAbsoluteUrl('/en/'), false);
  assert.equal(isSafeAbsoluteUrl('#x'), false);
});

test('javascript: and data: in source.url or an entity’s wikipedia are refused', () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,x', '//evil.example/']) {
    const found = errors(article('Câu.', 'A sentence.', FRONTMATTER.replace('  seed: 000_sample', `  seed: 000_sample\n  url: '${url}'`)));
    assert.ok(found.some((message) => /sample\.md:6: error: frontmatter source\.url: must be an absolute http\(s\) URL/.test(message)), `${url}: ${found.join('\n')}`);
    const entity = { id: 'x', type: 'place', name: { en: 'X', vi: 'X' }, aliases: {}, gloss: { en: 'x', vi: 'x' }, explanation: { en: 'x', vi: 'x' }, wikipedia: { vi: url } };
    assert.equal(entitySchema.safeParse(entity).success, false, url);
  }
  assert.deepEqual(errors(article('Câu.', 'A sentence.', FRONTMATTER.replace('  seed: 000_sample', "  seed: 000_sample\n  url: 'https://vnexpress.net/a'"))), []);
});

test('invisible and control characters are named with file:line:column', () => {
  const cases: [string, RegExp][] = [
    ['\u200b', /U\+200B ZERO WIDTH SPACE/],
    ['\u200d', /U\+200D ZERO WIDTH JOINER/],
    ['\u202e', /U\+202E RIGHT-TO-LEFT OVERRIDE \(bidi\)/],
    ['\u2066', /U\+2066 LEFT-TO-RIGHT ISOLATE/],
    ['\u0000', /U\+0000 NUL/],
    ['\u001b', /U\+001B ESC/],
    ['\ufffd', /U\+FFFD REPLACEMENT CHARACTER/],
    ['\u00ad', /U\+00AD SOFT HYPHEN/],
  ];
  for (const [char, name] of cases) {
    const found = errors(article(`Nga${char} và Triều Tiên.`));
    assert.ok(found.some((message) => /sample\.md:19: error: /.test(message) && name.test(message) && /column 4/.test(message)), `${name}: ${found.join('\n')}`);
  }
  // The frontmatter too: a bidi override in the headline.
  const headline = errors(article('Câu.', 'A sentence.', FRONTMATTER.replace('  en: Headline', '  en: Head\u202eline')));
  assert.ok(headline.some((message) => /sample\.md:8: error: U\+202E/.test(message)), headline.join('\n'));
  assert.deepEqual(forbiddenCharacters('tab\tand\r\nnewline'), []);
});

test('a BOM is refused by name', () => {
  const found = errors(`\ufeff${article('Câu.')}`);
  assert.deepEqual(found, ['content/articles/sample.md:1: error: the file starts with a byte order mark (U+FEFF BOM): save it as UTF-8 without a BOM']);
  const yaml = parseYaml('\ufeffa: 1\n', z.object({ a: z.number() }));
  assert.match(yaml.findings[0]?.message ?? '', /byte order mark/);
});

test('characters the card fonts cannot draw (emoji, CJK) are refused before the build needs the network', () => {
  for (const char of ['😀', '中', '👍🏽']) {
    const found = errors(article(`Câu ${char} tiếp.`));
    assert.ok(found.some((message) => /sample\.md:19: error: ".+" \(U\+[0-9A-F]+\) is not in the preview cards' font/.test(message)), `${char}: ${found.join('\n')}`);
  }
  assert.deepEqual(undrawableCharacters('Nga – Triều Tiên “ký” hiệp định… 100% ₫ €'), []);
});

test('a YAML alias bomb is refused with file:line, quickly, never expanded', () => {
  const source = readFileSync(join(process.cwd(), 'tests/fixtures/hostile/alias-bomb.md'), 'utf8');
  const found = timed(() => errors(source), 2000, 'alias bomb');
  assert.ok(found.some((message) => /sample\.md:7: error: frontmatter YAML alias \*a is not allowed/.test(message)), found.join('\n'));
  const plain = parseYaml('a: &x [1]\nb: *x\n', z.object({ a: z.array(z.number()), b: z.array(z.number()) }));
  assert.deepEqual(plain.findings.map((finding) => `${finding.line}: ${finding.message.split(':')[0]}`), ['2: YAML alias *x is not allowed']);
});

test('YAML nested past the limit is refused with its line, not a stack overflow', () => {
  const flow = parseYaml(`a: 1\nb: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, z.unknown());
  assert.match(`${flow.findings[0]?.line}: ${flow.findings[0]?.message}`, /^2: YAML nested more than 16 levels deep/);
  const block = parseYaml(Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n'), z.unknown());
  assert.match(block.findings[0]?.message ?? '', /nested more than 16 levels/);
  // The real files (the lexicon goes 4 deep) stay well inside.
  assert.deepEqual(parseYaml('- word: a\n  senses:\n    - en: b\n      when: [c]\n', z.unknown()).findings, []);
});

test('5,000 nested blockquotes and deep lists are refused with file:line, not a crash', () => {
  const quotes = timed(() => errors(article(`${'>'.repeat(5000)} Câu.`)), 2000, 'nested blockquotes');
  assert.ok(quotes.some((message) => /sample\.md:19: error: blockquotes or lists nested 5000 deep/.test(message)), quotes.join('\n'));
  const lists = Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n');
  const listFound = timed(() => errors(article(lists)), 3000, 'nested lists');
  assert.ok(listFound.some((message) => /blockquotes or lists nested \d+ deep/.test(message)), listFound.slice(0, 3).join('\n'));
});

test('size limits: a 1M-character sentence and a 4 MB article get a message at once', () => {
  const huge = timed(() => errors(article(`${'Nga và Triều Tiên. '.repeat(60_000)}`)), 2000, '1M-character sentence');
  assert.match(huge.join('\n'), /sample\.md:1: error: the article is \d+ characters, more than 200000/);
  const longLine = timed(() => errors(article(`${'Câu dài '.repeat(1000)}.`)), 2000, 'long line');
  assert.ok(longLine.some((message) => /sample\.md:19: error: line is \d+ characters, more than 5000/.test(message)), longLine.join('\n'));
  const sentence = errors(article(`${'Câu dài '.repeat(300)}.`));
  assert.ok(sentence.some((message) => /sample\.md:18: error: unit s1: the Vietnamese is \d+ characters, more than 2000: split it/.test(message)), sentence.join('\n'));
  const fourMB = Array.from({ length: 200_000 }, () => '- a').join('\n');
  timed(() => errors(article(fourMB)), 2000, '4 MB of lists');
});
