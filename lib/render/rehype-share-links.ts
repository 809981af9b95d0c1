// Gives every sentence and every block a link to its own fragment. Without JavaScript the link is a
// plain permalink; the share-actions component turns a click into "copy" (and "share" where it can).
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface ShareLinksOptions {
  labels: { sentence: (number: number) => string; block: (number: number) => string };
  /** The URL to copy for a sentence: a page with the sentence's own preview card. */
  sentenceHref: (unitId: string) => string;
}

function link(href: string, label: string, kind: 'sentence' | 'block', shareUrl: string | undefined, glyph: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href, className: ['share-link', `share-link-${kind}`], ariaLabel: label, dataShare: kind, ...(shareUrl ? { dataShareUrl: shareUrl } : {}) },
    children: [{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: glyph }] }],
  };
}

export default function rehypeShareLinks(options: ShareLinksOptions) {
  return (tree: Root) => {
    let sentences = 0;
    let blocks = 0;
    visit(tree, 'element', (node) => {
      const unitId = node.properties.dataUnit;
      if (typeof unitId === 'string') {
        sentences += 1;
        node.children.push(link(`#${unitId}`, options.labels.sentence(sentences), 'sentence', options.sentenceHref(unitId), '#'));
        return;
      }
      const blockId = node.properties.dataBlock;
      if (typeof blockId === 'string') {
        blocks += 1;
        node.children.unshift(link(`#${blockId}`, options.labels.block(blocks), 'block', undefined, '¶'));
      }
    });
  };
}
