// The article body in its final form, one rule for both renders of it: `next dev` renders the hast
// through React (components/article-body.tsx), the production export writes it as static HTML into
// the page's empty body slot after `next build` (scripts/fill-article-pages.ts, lib/render/page-slots.ts),
// so the reading text is not serialised a second time into the RSC payload nor hydrated. Both
// renders take the tree from withContentLinks, so the two cannot differ. Pure.
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** Links in content: fragments and site paths stay in the page; http(s) leaves the site, so it says so. */
export const EXTERNAL_LINK_REL = ['noopener', 'noreferrer', 'external'] as const;

const isExternal = (href: unknown) => typeof href === 'string' && /^https?:/.test(href);

function withRel(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node;
  const external = node.tagName === 'a' && isExternal(node.properties.href);
  return {
    ...node,
    properties: external ? { ...node.properties, rel: [...EXTERNAL_LINK_REL] } : node.properties,
    children: node.children.map(withRel),
  };
}

/** A copy of the body tree whose external links carry EXTERNAL_LINK_REL; the input is not changed. */
export function withContentLinks(tree: Root): Root {
  return { ...tree, children: tree.children.map((child) => (child.type === 'doctype' ? child : withRel(child))) };
}

/** The body's inner HTML as the export writes it into the slot. */
export function articleBodyHtml(tree: Root): string {
  return toHtml(withContentLinks(tree));
}
