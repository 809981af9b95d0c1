// Moves the ::::notes container to an "Editors' notes" list at the end and puts a numbered
// reference to each note in the sentence it is about, linked both ways so it works without JS.
import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { isContainer, isNamedContainer, unitParagraphs } from '../article/structure';
import { CLASS, FRAGMENT } from './contract';

export interface EditorialNotesOptions {
  labels: { heading: string; backToText: string; noteRef: (number: number) => string };
}

export default function remarkEditorialNotes(options: EditorialNotesOptions) {
  return (tree: Root) => {
    const containers = tree.children.filter((node): node is ContainerDirective => isContainer(node) && node.name === 'notes');
    tree.children = tree.children.filter((node) => !isNamedContainer(node, 'notes'));
    const notes = containers.flatMap((container) =>
      container.children.filter((child): child is ContainerDirective => isContainer(child) && child.name === 'note'),
    );
    if (!notes.length) return;

    const units = new Map<string, ContainerDirective>();
    visit(tree, 'containerDirective', (node) => {
      if (node.name === 'unit' && node.attributes?.id) units.set(node.attributes.id, node);
    });

    const items: ContainerDirective[] = notes.map((note, index) => {
      const number = index + 1;
      const id = note.attributes?.id ?? `n${number}`;
      const target = units.get(note.attributes?.for ?? '');
      if (target) {
        const { vi, en } = unitParagraphs(target);
        const host = en ?? vi;
        host?.children.push({
          type: 'link',
          url: `#${id}`,
          children: [{ type: 'text', value: String(number) }],
          data: {
            hName: 'a',
            hProperties: { id: FRAGMENT.noteRef(id), className: [CLASS.noteRef], ariaLabel: options.labels.noteRef(number) },
          },
        });
      }
      const { vi, en } = unitParagraphs(note);
      const paragraph = (source: Paragraph | undefined, lang: 'vi' | 'en'): Paragraph => ({
        type: 'paragraph',
        children: source?.children ?? [],
        data: { hProperties: { lang, className: [`note-${lang}`] } },
      });
      const back: Paragraph = {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: `#${target ? FRAGMENT.noteRef(id) : ''}`,
            children: [{ type: 'text', value: options.labels.backToText }],
            data: { hProperties: { className: ['note-back'] } },
          },
        ],
      };
      return {
        type: 'containerDirective',
        name: 'note',
        children: [paragraph(vi, 'vi'), paragraph(en, 'en'), ...(target ? [back] : [])],
        data: { hName: 'li', hProperties: { id, className: ['note'] } },
      };
    });

    tree.children.push({
      type: 'containerDirective',
      name: 'notes',
      children: [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: options.labels.heading }], data: { hProperties: { id: 'editors-notes' } } },
        { type: 'containerDirective', name: 'note-list', children: items, data: { hName: 'ol' } },
      ],
      data: { hName: 'aside', hProperties: { className: ['editorial-notes'], ariaLabelledBy: ['editors-notes'] } },
    });
  };
}
