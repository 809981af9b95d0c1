import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseBody } from '../../lib/article/analyse';
import { annotationReport } from '../../lib/article/annotation-report';
import { parseMarkdown } from '../../lib/article/parse';
import { buildEntityIndex } from '../../lib/entities';
import { entitySchema } from '../../lib/entities/schema';
import { buildLexicon, type Lexicon } from '../../lib/lexicon/segment';
import { buildLexiconIndex } from '../../lib/lexicon/load';

const entity = (id: string, vi: string, en: string) =>
  entitySchema.parse({ id, type: 'place', name: { vi, en }, aliases: { vi: [vi], en: [en] }, gloss: { vi, en }, explanation: { vi, en } });
const entities = buildEntityIndex([entity('russia', 'Nga', 'Russia')]);
const words = ['tổng thống', 'gặp', 'ngoại trưởng', 'tại', 'hôm', 'thứ', 'hai', 'và'];
const lexicon: Lexicon = buildLexicon(words.map((word) => ({ word, pos: 'noun', senses: ['x'] })));

test('the report: open-data shaped units with unknown words as lexicon null, coverage, stretches in context', () => {
  const markdown = '::::paragraph{#p1}\n:::unit{#s1}\nTổng thống Nga gặp Lavrov tại Kremli hôm lạ.\n\nThe President of Russia met Lavrov.\n:::\n::::\n';
  const units = analyseBody(parseMarkdown(markdown), { entities, lexicon: buildLexiconIndex([...lexicon.entries], []) }, 'fixture').flatMap((block) => block.units);
  const report = annotationReport({ slug: 'fixture', units });
  const [unit] = report.units;
  assert.ok(unit);
  assert.deepEqual(unit.vi.annotations, [{ start: 11, end: 14, entity: 'russia', text: 'Nga' }]);
  assert.deepEqual(
    unit.vi.words?.filter((word) => word.lexicon === null).map((word) => word.text),
    ['Lavrov', 'Kremli', 'lạ'],
  );
  assert.deepEqual(report.coverage, { words: 7, covered: 4, uncovered: 3, percent: 400 / 7 });
  assert.deepEqual(report.uncovered[2], { unit: 's1', text: 'lạ', context: '…Nga gặp Lavrov tại Kremli hôm lạ.' });
  assert.deepEqual(
    report.unlinkedNames.map((name) => `${name.lang}:${name.name}:${name.units.join()}`),
    ['en:Lavrov:s1', 'vi:Kremli:s1', 'vi:Lavrov:s1'],
  );
});

test('publishing rule: a published article below the minimum coverage fails with each stretch in context; a draft does not', async () => {
  const { coverageFinding } = await import('../../lib/lexicon/coverage');
  const { readArticle } = await import('../../lib/content/load');
  const { analyseArticle } = await import('../../lib/article/analyse');
  const source = (status: string) =>
    `---\nslug: sample\nstatus: ${status}\nsource:\n  seed: sample\nheadline:\n  vi: Tổng thống gặp\n  en: The president meets\n  editorial: false\npublished: 2024-06-19\nsummary:\n  vi: Tóm tắt.\n  en: Summary.\n---\n\n::::paragraph{#p1}\n:::unit{#s1}\nTổng thống gặp xyzq hôm thứ hai.\n\nThe president met on Monday.\n:::\n::::\n`;
  const lexiconIndex = buildLexiconIndex([...lexicon.entries], []);
  for (const [status, failing] of [['published', true], ['draft', false]] as const) {
    const { article, findings } = readArticle('content/articles/sample.md', source(status));
    assert.ok(article, findings.map((finding) => finding.message).join('\n'));
    const finding = coverageFinding(analyseArticle(article, { entities, lexicon: lexiconIndex }), 98);
    assert.equal(Boolean(finding), failing, status);
    if (finding) assert.match(finding.message, /coverage 87\.5% is below the 98%.*"xyzq" \(s1: Tổng thống gặp xyzq hôm thứ hai\.\)/);
  }
});
