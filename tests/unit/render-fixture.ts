// Renders a Markdown body the way an article page does — read, analyse, render — for golden tests.
import type { Root } from 'hast';
import { analyseBody } from '../../lib/article/analyse';
import { parseMarkdown } from '../../lib/article/parse';
import type { EntityIndex } from '../../lib/entities';
import type { LexiconIndex } from '../../lib/lexicon/load';
import { mentionsByUnit, wordsByUnit } from '../../lib/render/article';
import { bodyToHast, type ArticlePipelineOptions } from '../../lib/render/processor';

export const label = (name: string) => (value?: unknown) => (value === undefined ? name : `${name} ${String(value)}`);

export const LABELS: ArticlePipelineOptions['labels'] = {
  translationPending: 'Translation pending',
  photoCaption: 'Photo caption',
  notes: { heading: 'Editors’ notes', backToText: 'Back to the text', noteRef: (number) => `Editors’ note ${number}` },
};

const NO_ENTITIES: Pick<EntityIndex, 'matchers' | 'byId' | 'list'> = { matchers: { vi: { find: () => [] }, en: { find: () => [] } }, byId: new Map(), list: [] };

export interface FixtureOptions {
  entities?: EntityIndex;
  lexicon?: LexiconIndex;
  pipeline?: Partial<ArticlePipelineOptions>;
}

export function renderMarkdown(markdown: string, options: FixtureOptions = {}): Root {
  const tree = parseMarkdown(markdown);
  const entities = options.entities ?? NO_ENTITIES;
  const units = analyseBody(tree, { entities, ...(options.lexicon ? { lexicon: options.lexicon } : {}) }, 'fixture').flatMap((block) => block.units);
  return bodyToHast(tree, {
    labelsLang: 'en',
    labels: LABELS,
    ...(options.entities
      ? {
          annotations: {
            mentions: {
              mentions: mentionsByUnit(units),
              types: Object.fromEntries(entities.list.map((entity) => [entity.id, entity.type])),
              quiet: entities.list.filter((entity) => entity.quiet).map((entity) => entity.id),
            },
            list: {
              entities: entities.byId,
              locale: 'en',
              entityHref: (id: string) => `/en/entities/${id}/`,
              labels: { heading: 'Annotations', type: label('type'), entityPage: 'Every mention', wikipedia: 'Wikipedia', wikidata: 'Wikidata', backToMention: label('Back to'), mentionsIn: 'Mentions:' },
            },
          },
        }
      : {}),
    ...(options.lexicon ? { words: { words: wordsByUnit(units) } } : {}),
    ...options.pipeline,
  });
}
