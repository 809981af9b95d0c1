// Golden files: tests/fixtures/pipeline/<case>/input.md → expected.html through the article processor.
// UPDATE_GOLDEN=1 rewrites the expected files; review the diff before committing it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertGolden, formattedHtml } from './golden';
import type { ArticlePipelineOptions } from '../../lib/render/processor';
import { renderMarkdown } from './render-fixture';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pipeline');
const options: Partial<ArticlePipelineOptions> = {
  labelsLang: 'en',
  labels: {
    translationPending: 'Translation pending',
    photoCaption: 'Photo caption',
    notes: { heading: 'Editors’ notes', backToText: 'Back to the text', noteRef: (number) => `Editors’ note ${number}` },
  },
  shareLinks: {
    labels: { sentence: (number) => `Link to sentence ${number}`, block: (number) => `Link to paragraph ${number}` },
    sentenceHref: (unitId) => `/en/articles/fixture/s/${unitId}/`,
  },
};

for (const name of readdirSync(FIXTURES)) {
  test(`pipeline golden: ${name}`, () => {
    const input = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
    const actual = formattedHtml(renderMarkdown(input, { pipeline: options }));
    assertGolden(join(FIXTURES, name, 'expected.html'), actual);
  });
}
