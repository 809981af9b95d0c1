// Golden files for entity linking: tests/fixtures/entity-linking/<case>/input.md → expected.html,
// with the knowledge base in entities.yaml. UPDATE_GOLDEN=1 rewrites the expected files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertGolden, formattedHtml } from './golden';
import { parse } from 'yaml';
import { z } from 'zod';
import { buildEntityIndex } from '../../lib/entities';
import { entitySchema } from '../../lib/entities/schema';
import { label, renderMarkdown } from './render-fixture';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'entity-linking');
const index = buildEntityIndex(z.array(entitySchema).parse(parse(readFileSync(join(FIXTURES, 'entities.yaml'), 'utf8'))));
function render(markdown: string): string {
  const tree = renderMarkdown(markdown, {
    entities: index,
    pipeline: { labels: { translationPending: 'Translation pending', photoCaption: 'Photo', notes: { heading: 'Notes', backToText: 'Back', noteRef: label('Note') } } },
  });
  return formattedHtml(tree);
}

for (const name of readdirSync(FIXTURES).filter((entry) => statSync(join(FIXTURES, entry)).isDirectory())) {
  test(`entity linking golden: ${name}`, () => {
    const actual = render(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
    assertGolden(join(FIXTURES, name, 'expected.html'), actual);
  });
}
