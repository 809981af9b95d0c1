// Plugin fixtures, the unified way: lib/render/test/<plugin>/<case>/{input.md, options.json, output.html}.
// Each plugin runs alone on its input (after the stages that make its input, with default labels),
// with options given as plain JSON; the output is formatted with hast-util-format so that a change
// reads as a diff. A missing output.html fails; UPDATE_GOLDEN=1 writes it (review it before committing).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Root } from 'hast';
import type { Node } from 'unist';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { z } from 'zod';
import { parseMarkdown } from '../../lib/article/parse';
import { entitySchema } from '../../lib/entities/schema';
import rehypeAnnotationList from '../../lib/render/rehype-annotation-list';
import rehypeCellSpacing from '../../lib/render/rehype-cell-spacing';
import rehypeEntityMentions from '../../lib/render/rehype-entity-mentions';
import { rehypeSafeLinks } from '../../lib/render/rehype-safe-links';
import rehypeShareLinks from '../../lib/render/rehype-share-links';
import rehypeStudyControls from '../../lib/render/rehype-study-controls';
import rehypeWordSegments from '../../lib/render/rehype-word-segments';
import remarkBilingualBlocks from '../../lib/render/remark-bilingual-blocks';
import remarkEditorialNotes from '../../lib/render/remark-editorial-notes';
import remarkExplicitEntities from '../../lib/render/remark-explicit-entities';
import { assertGolden, formattedHtml } from './golden';

const ROOT = join(import.meta.dirname, '..', '..', 'lib', 'render', 'test');

/** A label that takes a value: "Note {}" → (value) => "Note 3". JSON cannot carry functions. */
const template = z.string().transform((text) => (value: number | string) => text.replace('{}', String(value)));
const mention = z.strictObject({ start: z.number(), end: z.number(), entity: z.string(), explicit: z.boolean() });
const mentionsOption = z.record(z.string(), z.strictObject({ vi: z.array(mention).optional(), en: z.array(mention).optional() }));
const mentionsOptions = z.strictObject({ mentions: mentionsOption, types: z.record(z.string(), z.string()).default({}), quiet: z.array(z.string()).default([]) });
const blocksOptions = z.strictObject({
  labels: z.strictObject({ translationPending: z.string(), photoCaption: z.string() }).default({ translationPending: 'Translation pending', photoCaption: 'Photo caption' }),
  labelsLang: z.string().default('en'),
});
const DEFAULT_BLOCKS = blocksOptions.parse({});
const base = (): PluggableList => [remarkExplicitEntities, [remarkBilingualBlocks, DEFAULT_BLOCKS], remarkRehype];

/** Plugin name → the stages its fixture runs, from its parsed options.json. */
const PLUGINS: Record<string, (options: unknown) => PluggableList> = {
  'remark-explicit-entities': () => [remarkExplicitEntities, remarkRehype],
  'remark-bilingual-blocks': (options) => [remarkExplicitEntities, [remarkBilingualBlocks, blocksOptions.parse(options)], remarkRehype],
  'remark-editorial-notes': (options) => {
    const { labels } = z.strictObject({ labels: z.strictObject({ heading: z.string(), backToText: z.string(), noteRef: template }) }).parse(options);
    return [[remarkEditorialNotes, { labels: { ...labels, noteRef: (number: number) => labels.noteRef(number) } }], [remarkBilingualBlocks, DEFAULT_BLOCKS], remarkRehype];
  },
  'rehype-safe-links': () => [...base(), rehypeSafeLinks],
  'rehype-cell-spacing': () => [...base(), rehypeCellSpacing],
  'rehype-entity-mentions': (options) => [...base(), [rehypeEntityMentions, mentionsOptions.parse(options)]],
  'rehype-annotation-list': (options) => {
    const parsed = z
      .strictObject({
        ...mentionsOptions.shape,
        entities: z.array(entitySchema),
        locale: z.enum(['vi', 'en']),
        entityHref: template,
        labels: z.strictObject({
          heading: z.string(),
          type: template,
          entityPage: z.string(),
          wikipedia: z.string(),
          wikidata: z.string(),
          backToMention: template,
          mentionsIn: z.string(),
        }),
      })
      .parse(options);
    const { mentions, types, quiet, entities, locale, entityHref, labels } = parsed;
    return [
      ...base(),
      [rehypeEntityMentions, { mentions, types, quiet }],
      [
        rehypeAnnotationList,
        {
          entities: new Map(entities.map((entity) => [entity.id, entity])),
          locale,
          entityHref: (id: string) => entityHref(id),
          labels: { ...labels, type: (type: string) => labels.type(type), backToMention: (number: number) => labels.backToMention(number) },
        },
      ],
    ];
  },
  'rehype-word-segments': (options) => {
    const word = z.strictObject({ start: z.number(), end: z.number(), entry: z.string().nullable(), sense: z.number().default(0) });
    return [...base(), [rehypeWordSegments, z.strictObject({ words: z.record(z.string(), z.array(word)) }).parse(options)]];
  },
  'rehype-share-links': (options) => {
    const { labels, sentenceHref } = z.strictObject({ labels: z.strictObject({ sentence: template, block: template }), sentenceHref: template }).parse(options);
    return [...base(), [rehypeShareLinks, { labels: { sentence: (n: number) => labels.sentence(n), block: (n: number) => labels.block(n) }, sentenceHref: (id: string) => sentenceHref(id) }]];
  },
  'rehype-study-controls': (options) => {
    const { labels, labelsLang } = z
      .strictObject({ labels: z.strictObject({ listen: template, reveal: z.string(), revealSentence: template }), labelsLang: z.string() })
      .parse(options);
    return [...base(), [rehypeStudyControls, { labelsLang, labels: { listen: (n: number) => labels.listen(n), reveal: labels.reveal, revealSentence: (n: number) => labels.revealSentence(n) } }]];
  },
};

/** Every fixture's stages end in hast: remark-rehype is always among them. */
function isRoot(node: Node): node is Root {
  return node.type === 'root' && 'children' in node && Array.isArray(node.children);
}

function render(plugins: PluggableList, markdown: string): string {
  const tree = unified().use(plugins).runSync(parseMarkdown(markdown));
  assert.ok(isRoot(tree), 'the stages end in a hast root');
  return formattedHtml(tree);
}

test('every plugin of lib/render has fixtures, and every fixture folder names a plugin', () => {
  const plugins = readdirSync(join(ROOT, '..')).filter((name) => /^(remark|rehype)-.*\.ts$/.test(name)).map((name) => name.replace(/\.ts$/, ''));
  assert.deepEqual(readdirSync(ROOT).sort(), plugins.sort());
  assert.deepEqual(Object.keys(PLUGINS).sort(), plugins.sort());
});

for (const plugin of readdirSync(ROOT)) {
  for (const name of readdirSync(join(ROOT, plugin))) {
    test(`${plugin}: ${name}`, () => {
      const directory = join(ROOT, plugin, name);
      const stages = PLUGINS[plugin];
      assert.ok(stages, `no runner for ${plugin}`);
      const optionsPath = join(directory, 'options.json');
      const options: unknown = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {};
      const actual = render(stages(options), readFileSync(join(directory, 'input.md'), 'utf8'));
      assertGolden(join(directory, 'output.html'), actual);
    });
  }
}
