// Turns the aligned-content containers into the reader's markup: a block (paragraph, heading or
// caption) of units, each unit a Vietnamese cell and an English cell that share data-align.
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import { isBlockKind, isContainer, unitParagraphs, type BlockKind } from '../article/structure';

export interface BilingualBlocksOptions {
  /** Interface strings, and the language they are in. */
  labels: { translationPending: string; photoCaption: string };
  labelsLang: string;
}

const BLOCK_ELEMENT: Record<BlockKind, string> = { paragraph: 'p', heading: 'h2', caption: 'figure' };

function cell(paragraph: Paragraph, lang: 'vi' | 'en', unitId: string): void {
  paragraph.data = {
    hName: 'span',
    hProperties: {
      className: ['cell', `cell-${lang}`],
      lang,
      ...(lang === 'vi' ? { id: unitId } : {}),
      dataAlign: unitId,
      tabIndex: 0,
    },
  };
}

function pendingCell(unitId: string, label: string, labelLang: string): Paragraph {
  const text: PhrasingContent = {
    type: 'emphasis',
    children: [{ type: 'text', value: label }],
    data: { hName: 'span', hProperties: { lang: labelLang } },
  };
  return {
    type: 'paragraph',
    children: [text],
    data: {
      hName: 'span',
      hProperties: { className: ['cell', 'cell-en', 'cell-pending'], lang: 'en', dataAlign: unitId, dataPending: true, tabIndex: 0 },
    },
  };
}

function unit(node: ContainerDirective, pendingLabel: string, labelLang: string): void {
  const id = node.attributes?.id ?? '';
  const { vi, en, machine } = unitParagraphs(node);
  // A machine draft is shown nowhere on the site: its unit reads as pending until a person confirms it.
  if (machine) node.children = node.children.filter((child) => child !== machine);
  if (vi) cell(vi, 'vi', id);
  if (en) cell(en, 'en', id);
  else node.children.push(pendingCell(id, pendingLabel, labelLang));
  node.data = { hName: 'span', hProperties: { className: ['unit'], dataUnit: id } };
}

export default function remarkBilingualBlocks(options: BilingualBlocksOptions) {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      if (!isBlockKind(node.name)) return;
      const id = node.attributes?.id ?? '';
      for (const child of node.children) if (isContainer(child) && child.name === 'unit') unit(child, options.labels.translationPending, options.labelsLang);
      node.data = {
        hName: BLOCK_ELEMENT[node.name],
        hProperties: { className: ['block', `block-${node.name}`], id, dataBlock: id },
      };
      if (node.name === 'caption') {
        const units = node.children;
        const label: Paragraph = {
          type: 'paragraph',
          children: [{ type: 'text', value: options.labels.photoCaption }],
          data: { hName: 'span', hProperties: { className: ['caption-label'] } },
        };
        const figcaption: ContainerDirective = {
          type: 'containerDirective',
          name: 'figcaption',
          children: [label, ...units],
          data: { hName: 'figcaption' },
        };
        node.children = [figcaption];
      }
      return SKIP;
    });
  };
}
