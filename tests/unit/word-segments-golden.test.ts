// Golden files: tests/fixtures/word-segments/<case>/input.md with its lexicon.yaml and
// segmentation.yaml → expected.html (word spans, senses, study controls). UPDATE_GOLDEN=1 rewrites.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertGolden, formattedHtml } from './golden';
import { buildLexiconIndex, readLexicon } from '../../lib/lexicon/load';
import { analyseBody } from '../../lib/article/analyse';
import { parseMarkdown } from '../../lib/article/parse';
import { buildEntityIndex } from '../../lib/entities';
import { cellCoverage } from '../../lib/lexicon/coverage';
import { renderMarkdown } from './render-fixture';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'word-segments');

for (const name of readdirSync(FIXTURES)) {
  test(`word segments golden: ${name}`, () => {
    const directory = join(FIXTURES, name);
    const { entries, overrides, findings } = readLexicon(directory);
    assert.deepEqual(findings, []);
    const lexicon = buildLexiconIndex(entries, overrides);
    const markdown = readFileSync(join(directory, 'input.md'), 'utf8');
    const units = analyseBody(parseMarkdown(markdown), { entities: buildEntityIndex([]), lexicon }, 'fixture').flatMap((block) => block.units);
    assert.deepEqual(units.flatMap((unit) => cellCoverage(unit.vi, unit.id).uncovered), [], 'every syllable of the fixture is covered');
    const tree = renderMarkdown(markdown, {
      lexicon,
      pipeline: {
        studyControls: {
          labelsLang: 'en',
          labels: { listen: (number) => `Listen to sentence ${number}`, reveal: 'Show English', revealSentence: (number) => `Show English: sentence ${number}` },
        },
      },
    });
    const actual = formattedHtml(tree);
    assertGolden(join(directory, 'expected.html'), actual);
  });
}
