// Golden files for entity linking: tests/fixtures/entity-linking/<case>/input.md → expected.html,
// with the knowledge base in entities.yaml. UPDATE_GOLDEN=1 rewrites the expected files.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import { parse } from 'yaml';
import { z } from 'zod';
import { buildEntityIndex } from '../../lib/entities';
import { entitySchema } from '../../lib/entities/schema';
import { articleToHast } from '../../lib/pipeline/processor';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'entity-linking');
const index = buildEntityIndex(z.array(entitySchema).parse(parse(readFileSync(join(FIXTURES, 'entities.yaml'), 'utf8'))));
const label = (name: string) => (value?: unknown) => (value === undefined ? name : `${name} ${String(value)}`);

function render(markdown: string): string {
  const tree = articleToHast(markdown, {
    labelsLang: 'en',
    labels: { translationPending: 'Translation pending', photoCaption: 'Photo', notes: { heading: 'Notes', backToText: 'Back', noteRef: label('Note') } },
    annotations: {
      mentions: {
        matchers: index.matchers,
        known: new Set(index.byId.keys()),
        quiet: new Set(index.list.filter((entity) => entity.quiet).map((entity) => entity.id)),
        typeOf: (id) => index.byId.get(id)?.type,
      },
      list: {
        entities: index.byId,
        locale: 'en',
        entityHref: (id) => `/en/entities/${id}/`,
        labels: { heading: 'Annotations', type: label('type'), entityPage: 'Every mention', wikipedia: 'Wikipedia', wikidata: 'Wikidata', backToMention: label('Back to'), mentionsIn: 'Mentions:' },
      },
    },
  });
  return `${toHtml(tree)}\n`;
}

for (const name of readdirSync(FIXTURES).filter((entry) => statSync(join(FIXTURES, entry)).isDirectory())) {
  test(`entity linking golden: ${name}`, () => {
    const actual = render(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
    const expectedPath = join(FIXTURES, name, 'expected.html');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
    assert.equal(actual, readFileSync(expectedPath, 'utf8'));
  });
}
