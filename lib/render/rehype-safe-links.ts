// Defence in depth behind check:content: a link that is not http(s), a site path or a fragment
// (javascript:, data:, protocol-relative //host) is unwrapped to its text. Raw HTML never gets this
// far: remark-rehype drops it.
import type { ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const SAFE_HREF = /^(https?:|#|\/(?!\/))/i;

export function rehypeSafeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'a' || !parent || index === undefined) return;
      const href = node.properties.href;
      if (href === undefined || (typeof href === 'string' && SAFE_HREF.test(href.trim()))) return;
      const children: ElementContent[] = node.children;
      parent.children.splice(index, 1, ...children);
      return [SKIP, index];
    });
  };
}
