// The analysis pass as a unified plugin: reads the aligned blocks of an article's mdast and records
// them, analysed, in `file.data.blocks` (see lib/article/model.ts). It changes nothing in the tree.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Matcher } from '../entities/matcher';
import type { Lexicon } from '../lexicon/segment';
import { isBlockKind, isContainer, unitParagraphs } from './structure';
import { analyseCell } from './analyse-cell';
import type { Block, Lang } from './model';

declare module 'vfile' {
  interface DataMap {
    blocks: Block[];
  }
}

export interface AnalyseOptions {
  matchers: Record<Lang, Matcher>;
  known: ReadonlySet<string>;
  lexicon?: Lexicon;
  /** Segmentation overrides per unit id. */
  overrides?: Readonly<Record<string, readonly (readonly string[])[]>>;
}

export default function remarkAnalyse(options: AnalyseOptions) {
  return (tree: Root, file: VFile) => {
    const blocks: Block[] = [];
    let ordinal = 0;
    for (const node of tree.children) {
      if (!isContainer(node) || !isBlockKind(node.name)) continue;
      const block: Block = { id: node.attributes?.id ?? '', kind: node.name, line: node.position?.start.line ?? 0, units: [] };
      for (const child of node.children) {
        if (!isContainer(child) || child.name !== 'unit') continue;
        const id = child.attributes?.id ?? '';
        const { vi, en } = unitParagraphs(child);
        const cellOptions = (lang: Lang) => ({
          matcher: options.matchers[lang],
          known: options.known,
          ...(options.lexicon ? { lexicon: options.lexicon } : {}),
          overrides: options.overrides?.[id] ?? [],
        });
        ordinal += 1;
        block.units.push({
          id,
          ordinal,
          block: block.id,
          line: child.position?.start.line ?? 0,
          vi: analyseCell(vi?.children ?? [], 'vi', cellOptions('vi')),
          en: en ? analyseCell(en.children, 'en', cellOptions('en')) : null,
        });
      }
      blocks.push(block);
    }
    file.data.blocks = blocks;
  };
}
