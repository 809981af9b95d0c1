// Defence in depth behind check:content, with the same rule (lib/security/url-policy.ts): a link
// that is not http(s), a site path or a fragment (javascript:, data:, protocol-relative //host) is
// unwrapped to its text, and a content image (never allowed: it would load from anywhere) is
// dropped, keeping its alt text. Raw HTML never gets this far: remark-rehype drops it.
import type { ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isSafeHref } from '../security/url-policy';

export function rehypeSafeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'img') {
        const alt = node.properties.alt;
        const replacement: ElementContent[] = typeof alt === 'string' && alt ? [{ type: 'text', value: alt }] : [];
        parent.children.splice(index, 1, ...replacement);
        return [SKIP, index];
      }
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (href === undefined || (typeof href === 'string' && isSafeHref(href))) return;
      const children: ElementContent[] = node.children;
      parent.children.splice(index, 1, ...children);
      return [SKIP, index];
    });
  };
}
