// Puts a space between adjacent units and cells so that copied text and the single-language
// layouts (where cells flow inline as prose) read "sentence. Next sentence", not "sentence.Next".
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

function hasClass(node: ElementContent, name: string): node is Element {
  const className = node.type === 'element' ? node.properties.className : undefined;
  return Array.isArray(className) && className.includes(name);
}

export function rehypeCellSpacing() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const spaced: ElementContent[] = [];
      for (const child of node.children) {
        const previous = spaced.at(-1);
        const adjacent =
          previous && ((hasClass(previous, 'unit') && hasClass(child, 'unit')) || (hasClass(previous, 'cell') && hasClass(child, 'cell')));
        if (adjacent) spaced.push({ type: 'text', value: ' ' });
        spaced.push(child);
      }
      node.children = spaced;
    });
  };
}
