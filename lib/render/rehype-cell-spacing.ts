// Puts a space between adjacent units and cells so that copied text and the single-language
// layouts (where cells flow inline as prose) read "sentence. Next sentence", not "sentence.Next".
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { CLASS, hasClass } from './contract';

function isA(node: ElementContent | undefined, name: string): node is Element {
  return node?.type === 'element' && hasClass(node, name);
}

export default function rehypeCellSpacing() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const spaced: ElementContent[] = [];
      for (const child of node.children) {
        const previous = spaced.at(-1);
        const adjacent =
          (isA(previous, CLASS.unit) && isA(child, CLASS.unit)) || (isA(previous, CLASS.cell) && isA(child, CLASS.cell));
        if (adjacent) spaced.push({ type: 'text', value: ' ' });
        spaced.push(child);
      }
      node.children = spaced;
    });
  };
}
