// Renders the analysed article's entity mentions (lib/article/model) inside the aligned cells, in
// both languages. Each mention becomes <a data-entity="id">text as printed</a>, pointing at its entry
// in the annotation list so that it works without JavaScript. Only the first mention of an entity in
// each language is marked as such; later ones carry mention-repeat and look like text until pointed at.
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Lang, Mention } from '../article/model';
import { CLASS, DATA, FRAGMENT, isCell } from './contract';
import { wrapSpans } from './wrap-spans';

export interface EntityMentionsOptions {
  /** Unit id → the mentions of its cells, from the analysis. */
  mentions: Readonly<Record<string, Partial<Record<Lang, readonly Mention[]>>>>;
  /** Entity id → its type, for the mention's class. */
  types: Readonly<Record<string, string>>;
  /** Entities shown quietly (country names). */
  quiet: readonly string[];
}

function mentionProperties(entityId: string, mentionId: string, repeat: boolean, options: EntityMentionsOptions): Element['properties'] {
  return {
    id: mentionId,
    href: `#${FRAGMENT.entity(entityId)}`,
    className: [
      CLASS.mention,
      CLASS.mentionOf(options.types[entityId] ?? 'other'),
      ...(options.quiet.includes(entityId) ? [CLASS.mentionQuiet] : []),
      ...(repeat ? [CLASS.mentionRepeat] : []),
    ],
    [DATA.entity.property]: entityId,
    ariaDescribedBy: [FRAGMENT.gloss(entityId)],
  };
}

export default function rehypeEntityMentions(options: EntityMentionsOptions) {
  return (tree: Root) => {
    // The entities already mentioned, per language, in document order.
    const seen: Record<Lang, Set<string>> = { vi: new Set(), en: new Set() };
    visit(tree, 'element', (cell) => {
      if (!isCell(cell)) return;
      const { lang, dataAlign: unitId } = cell.properties;
      const mentions = options.mentions[unitId]?.[lang] ?? [];
      const repeats = new Set(
        mentions.filter((mention) => {
          const repeat = seen[lang].has(mention.entity);
          seen[lang].add(mention.entity);
          return repeat;
        }),
      );
      const ids = new Map(mentions.map((mention, index) => [mention, FRAGMENT.mention(unitId, lang, index + 1)]));
      const explicitAt = new Map(mentions.filter((mention) => mention.explicit).map((mention) => [mention.start, mention]));
      wrapSpans(
        cell,
        mentions.filter((mention) => !mention.explicit),
        (mention, printed) => ({
          type: 'element',
          tagName: 'a',
          properties: mentionProperties(mention.entity, ids.get(mention) ?? '', repeats.has(mention), options),
          children: [{ type: 'text', value: printed }],
        }),
        (element, offset) => {
          if (typeof element.properties[DATA.entity.property] !== 'string') return 'enter';
          // Explicit markup: a mention where the analysis found its entity, else plain text
          // (an unknown id; check:content reports it).
          const mention = explicitAt.get(offset);
          if (mention) element.properties = { ...element.properties, ...mentionProperties(mention.entity, ids.get(mention) ?? '', repeats.has(mention), options) };
          else {
            element.tagName = 'span';
            element.properties = { [DATA.unknownEntity.property]: element.properties[DATA.entity.property] };
          }
          return 'skip';
        },
      );
      return SKIP;
    });
  };
}
