// Appends the article's annotation list: one entry per entity mentioned, in order of first mention,
// with its names, type, gloss and explanation, and links back to every mention. It is what each
// mention links to without JavaScript, and what the annotation card shows with it.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Entity } from '../entities/schema';
import { CLASS, DATA, FRAGMENT } from './contract';

export interface AnnotationListOptions {
  entities: ReadonlyMap<string, Entity>;
  locale: 'vi' | 'en';
  labels: {
    heading: string;
    type: (type: Entity['type']) => string;
    entityPage: string;
    wikipedia: string;
    wikidata: string;
    backToMention: (number: number) => string;
    mentionsIn: string;
  };
  entityHref: (entityId: string) => string;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

function entry(entity: Entity, mentionIds: string[], options: AnnotationListOptions): Element {
  const { locale, labels } = options;
  const external: ElementContent[] = [];
  const wikipedia = entity.wikipedia?.[locale] ?? entity.wikipedia?.en;
  if (wikipedia) external.push(text(' · '), element('a', { href: wikipedia, rel: ['noopener', 'noreferrer', 'external'], dataField: 'external' }, [text(labels.wikipedia)]));
  if (entity.wikidata) {
    external.push(
      text(' · '),
      element('a', { href: `https://www.wikidata.org/wiki/${entity.wikidata}`, rel: ['noopener', 'noreferrer', 'external'], dataField: 'wikidata' }, [text(labels.wikidata)]),
    );
  }
  const back = mentionIds.flatMap((id, index): ElementContent[] => [
    text(' '),
    element('a', { href: `#${id}`, ariaLabel: labels.backToMention(index + 1) }, [text(String(index + 1))]),
  ]);
  return element('li', { id: FRAGMENT.entity(entity.id), className: ['annotation'], dataType: entity.type, dataEntityEntry: entity.id }, [
    element('p', { className: ['annotation-names'] }, [
      element('span', { lang: 'en', dataField: 'name-en' }, [text(entity.name.en)]),
      text(' · '),
      element('span', { lang: 'vi', dataField: 'name-vi' }, [text(entity.name.vi)]),
      text(' '),
      element('span', { className: ['annotation-type'], dataField: 'type' }, [text(labels.type(entity.type))]),
    ]),
    element('p', { id: FRAGMENT.gloss(entity.id), className: ['annotation-gloss'], lang: locale, dataField: 'gloss' }, [text(entity.gloss[locale])]),
    element('p', { className: ['annotation-explanation'], lang: locale, dataField: 'explanation' }, [text(entity.explanation[locale])]),
    element('p', { className: ['annotation-links'] }, [
      element('a', { href: options.entityHref(entity.id), dataField: 'page' }, [text(labels.entityPage)]),
      ...external,
    ]),
    element('p', { className: [CLASS.annotationBack] }, [text(labels.mentionsIn), ...back]),
  ]);
}

export default function rehypeAnnotationList(options: AnnotationListOptions) {
  return (tree: Root) => {
    const mentions = new Map<string, string[]>();
    visit(tree, 'element', (node) => {
      const entityId = node.properties[DATA.entity.property];
      if (typeof entityId !== 'string' || typeof node.properties.id !== 'string' || !options.entities.has(entityId)) return;
      // Appended in place: copying the list for each mention made long articles quadratic.
      const ids = mentions.get(entityId);
      if (ids) ids.push(node.properties.id);
      else mentions.set(entityId, [node.properties.id]);
    });
    if (!mentions.size) return;
    const items = [...mentions].flatMap(([entityId, ids]) => {
      const entity = options.entities.get(entityId);
      return entity ? [entry(entity, ids, options)] : [];
    });
    tree.children.push(
      element('aside', { className: [CLASS.annotations], ariaLabelledBy: ['annotations-heading'] }, [
        element('h2', { id: 'annotations-heading' }, [text(options.labels.heading)]),
        element('ol', { className: [CLASS.annotationList] }, items),
      ]),
    );
  };
}
