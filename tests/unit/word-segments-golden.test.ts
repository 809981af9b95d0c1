// Golden files: tests/fixtures/word-segments/<case>/input.md with its lexicon.yaml and
// segmentation.yaml → expected.html (word spans, senses, study controls). UPDATE_GOLDEN=1 rewrites.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import { coverage } from '../../lib/lexicon/coverage';
import { buildLexiconIndex, readLexicon } from '../../lib/lexicon/load';
import { articleToHast } from '../../lib/pipeline/processor';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'word-segments');

for (const name of readdirSync(FIXTURES)) {
  test(`word segments golden: ${name}`, () => {
    const directory = join(FIXTURES, name);
    const { entries, overrides, findings } = readLexicon(directory);
    assert.deepEqual(findings, []);
    const lexicon = buildLexiconIndex(entries, overrides);
    const tree = articleToHast(readFileSync(join(directory, 'input.md'), 'utf8'), {
      labelsLang: 'en',
      labels: {
        translationPending: 'Translation pending',
        photoCaption: 'Photo caption',
        notes: { heading: 'Editors’ notes', backToText: 'Back to the text', noteRef: (number) => `Editors’ note ${number}` },
      },
      words: { lexicon, overridesFor: (unit) => lexicon.overridesFor('fixture', unit) },
      studyControls: {
        labelsLang: 'en',
        labels: { listen: (number) => `Listen to sentence ${number}`, reveal: 'Show English', revealSentence: (number) => `Show English: sentence ${number}` },
      },
    });
    assert.equal(coverage(tree).uncovered.length, 0, 'every syllable of the fixture is covered');
    const actual = `${toHtml(tree)}\n`;
    const expectedPath = join(directory, 'expected.html');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
    assert.equal(actual, readFileSync(expectedPath, 'utf8'));
  });
}
