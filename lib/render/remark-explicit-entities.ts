// Explicit entity markup in content: `:entity[ông Kim]{#kim-jong-un}` links a mention the aliases
// cannot (or should not) find; `:entity[Nga]{off}` keeps the automatic linker away from a phrase.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { DATA } from './contract';


export default function remarkExplicitEntities() {
  return (tree: Root) => {
    visit(tree, 'textDirective', (node) => {
      if (node.name !== 'entity') return;
      const id = node.attributes?.id;
      if (node.attributes && 'off' in node.attributes) {
        node.data = { hName: 'span', hProperties: { [DATA.noEntity.property]: true } };
      } else if (id) {
        node.data = { hName: 'a', hProperties: { [DATA.entity.property]: id, [DATA.explicit.property]: true } };
      }
    });
  };
}
