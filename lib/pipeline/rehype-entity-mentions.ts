// Links entity mentions inside the aligned cells, by alias (see lib/entities/matcher), in both
// languages. Each mention becomes <a data-entity="id">text as printed</a>, pointing at its entry in
// the annotation list so that it works without JavaScript.
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Matcher } from '../entities/matcher';
import { NO_ENTITY } from './remark-explicit-entities';
import { wrapText } from './wrap-text';

export interface EntityMentionsOptions {
  matchers: Record<'vi' | 'en', Matcher>;
  /** Entities known to the site; explicit markup naming another id is left unlinked (check:content reports it). */
  known: ReadonlySet<string>;
  /** Entities shown quietly (country names). */
  quiet: ReadonlySet<string>;
  typeOf: (entityId: string) => string | undefined;
}

export function entityAnchorId(entityId: string): string {
  return `entity-${entityId}`;
}

export function glossId(entityId: string): string {
  return `gloss-${entityId}`;
}

function mentionProperties(entityId: string, mentionId: string, options: EntityMentionsOptions): Element['properties'] {
  return {
    id: mentionId,
    href: `#${entityAnchorId(entityId)}`,
    className: ['mention', `mention-${options.typeOf(entityId) ?? 'other'}`, ...(options.quiet.has(entityId) ? ['mention-quiet'] : [])],
    dataEntity: entityId,
    ariaDescribedBy: [glossId(entityId)],
  };
}

function isCell(node: Element): node is Element & { properties: { lang: 'vi' | 'en'; dataAlign: string } } {
  return (node.properties.lang === 'vi' || node.properties.lang === 'en') && typeof node.properties.dataAlign === 'string';
}

export function rehypeEntityMentions(options: EntityMentionsOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (cell) => {
      if (!isCell(cell)) return;
      const lang = cell.properties.lang;
      const unitId = cell.properties.dataAlign;
      let counter = 0;
      const nextId = () => `m-${unitId}-${lang}-${(counter += 1)}`;

      // Explicit markup is made a mention (or, with an unknown id, plain text) and not searched again.
      const enter = (element: Element) => {
        const entityId = element.properties.dataEntity;
        if (typeof entityId !== 'string') return element.tagName !== 'a' && !element.properties[NO_ENTITY];
        if (options.known.has(entityId)) element.properties = { ...element.properties, ...mentionProperties(entityId, nextId(), options) };
        else {
          // Unknown id (check:content reports it): plain text, not a mention.
          element.tagName = 'span';
          element.properties = { dataUnknownEntity: entityId };
        }
        return false;
      };
      const mentions = (text: string) =>
        options.matchers[lang].find(text).map((match) => ({
          start: match.start,
          end: match.end,
          wrap: (printed: string): Element => ({
            type: 'element',
            tagName: 'a',
            properties: mentionProperties(match.entityId, nextId(), options),
            children: [{ type: 'text', value: printed }],
          }),
        }));
      wrapText(cell, enter, mentions);
      return SKIP;
    });
  };
}
