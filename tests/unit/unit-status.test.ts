// A unit's status in its directive (issue 15 part 5): a machine draft reads as pending everywhere
// the site looks (render, analysis, open data), and check:content never publishes one.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import { analyseBody } from '../../lib/article/analyse';
import { parseMarkdown } from '../../lib/article/parse';
import { readStructure } from '../../lib/article/structure';
import { formatFinding, readArticle } from '../../lib/content/load';
import { BLOCK, frontmatter, UNIT } from './article-source';
import { renderMarkdown } from './render-fixture';

const FILE = join(process.cwd(), 'content', 'articles', 'sample.md');
const MACHINE = [':::unit{#s2 status="machine"}', 'Câu hai.', '', 'Machine words nobody checked.', ':::', ''].join('\n');
const REVIEWED = [':::unit{#s3 status="reviewed"}', 'Câu ba.', '', 'Sentence three, reviewed.', ':::', ''].join('\n');
const BODY = BLOCK('p1', UNIT('s1', 'Câu một.', 'Sentence one.'), MACHINE, REVIEWED, UNIT('s4', 'Câu bốn.'));

test('the four statuses are read from the directive and the paragraphs', () => {
  const units = readStructure(parseMarkdown(BODY)).blocks.flatMap((block) => block.units);
  assert.deepEqual(
    units.map((unit) => [unit.id, unit.status, unit.en, unit.machine]),
    [
      ['s1', 'translated', 'Sentence one.', null],
      ['s2', 'machine', null, 'Machine words nobody checked.'],
      ['s3', 'reviewed', 'Sentence three, reviewed.', null],
      ['s4', 'untranslated', null, null],
    ],
  );
});

test('an unknown status, or a status without English, is a problem at its line', () => {
  const body = BLOCK('p1', ':::unit{#s1 status="done"}\nCâu.\n\nSentence.\n:::\n', ':::unit{#s2 status="reviewed"}\nCâu hai.\n:::\n');
  assert.deepEqual(readStructure(parseMarkdown(body)).problems, [
    { line: 2, message: 'unit s1: status "done" must be "machine" or "reviewed" (no status: translated)' },
    { line: 8, message: 'unit s2: status "reviewed" but no English paragraph' },
  ]);
});

test('the site renders a machine draft exactly like an untranslated unit, and its text nowhere', () => {
  const html = toHtml(renderMarkdown(BODY));
  assert.doesNotMatch(html, /Machine words/);
  assert.equal(html.match(/data-pending/g)?.length, 2);
  const [block] = analyseBody(parseMarkdown(BODY), { entities: { matchers: { vi: { find: () => [] }, en: { find: () => [] } }, byId: new Map() } }, 'sample');
  assert.deepEqual(block?.units.map((unit) => unit.en?.text ?? null), ['Sentence one.', null, 'Sentence three, reviewed.', null]);
});

test('check:content refuses to publish an article with a machine draft (file:line); a draft may keep one', () => {
  const published = `${frontmatter()}\n\n${BLOCK('p1', UNIT('s1', 'Câu một.', 'Sentence one.'), MACHINE)}`;
  const line = published.split('\n').indexOf(':::unit{#s2 status="machine"}') + 1;
  const errors = readArticle(FILE, published).findings.filter((finding) => finding.severity === 'error').map(formatFinding);
  assert.deepEqual(errors, [`content/articles/sample.md:${line}: error: unit s2 is still a machine draft: edit or confirm its English (drop status="machine") before publishing`]);
  const draft = published.replace('status: published', 'status: draft');
  assert.deepEqual(readArticle(FILE, draft).findings.map((finding) => finding.severity), ['warning']);
});

test('waivers are schema-checked: a known rule, a unit id and a reason', () => {
  const waived = (lines: string) => readArticle(FILE, `${frontmatter(lines)}\n\n${BLOCK('p1', UNIT('s1', 'Câu.', 'Sentence.'))}`).findings.map((finding) => finding.message);
  assert.deepEqual(waived('qa_waivers:\n  - unit: s1\n    rule: numbers\n    reason: The source misprints the year.'), []);
  assert.match(waived('qa_waivers:\n  - unit: s1\n    rule: spelling\n    reason: The source misprints the year.').join(), /qa_waivers\.0\.rule/);
  assert.match(waived('qa_waivers:\n  - unit: s1\n    rule: numbers\n    reason: ok').join(), /say why, in a sentence/);
});
