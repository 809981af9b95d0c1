// Links entity mentions inside the aligned cells, by alias (see lib/entities/matcher), in both
// languages. Each mention becomes <a data-entity="id">text as printed</a>, pointing at its entry in
// the annotation list so that it works without JavaScript.
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Matcher } from '../entities/matcher';
import { NO_ENTITY } from './remark-explicit-entities';

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

      const link = (parent: Element) => {
        const children: ElementContent[] = [];
        for (const child of parent.children) {
          if (child.type === 'element') {
            if (typeof child.properties.dataEntity === 'string') {
              const entityId = child.properties.dataEntity;
              if (options.known.has(entityId)) child.properties = { ...child.properties, ...mentionProperties(entityId, nextId(), options) };
              else {
                // Unknown id (check:content reports it): plain text, not a mention.
                child.tagName = 'span';
                child.properties = { dataUnknownEntity: entityId };
              }
            } else if (child.tagName !== 'a' && !child.properties[NO_ENTITY]) {
              link(child);
            }
            children.push(child);
            continue;
          }
          if (child.type !== 'text') {
            children.push(child);
            continue;
          }
          let last = 0;
          for (const match of options.matchers[lang].find(child.value)) {
            if (match.start > last) children.push({ type: 'text', value: child.value.slice(last, match.start) } satisfies Text);
            children.push({
              type: 'element',
              tagName: 'a',
              properties: mentionProperties(match.entityId, nextId(), options),
              children: [{ type: 'text', value: child.value.slice(match.start, match.end) }],
            });
            last = match.end;
          }
          if (last < child.value.length) children.push(last === 0 ? child : { type: 'text', value: child.value.slice(last) });
        }
        parent.children = children;
      };
      link(cell);
      return SKIP;
    });
  };
}
