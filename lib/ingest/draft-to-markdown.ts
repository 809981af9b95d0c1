import type { Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkStringify from 'remark-stringify';
import { stringify as stringifyYaml } from 'yaml';
import { unified } from 'unified';
import { slugify } from '../text/fold';
import type { SeedDraft } from './parse-seed';

const BLOCK_PREFIX = { paragraph: 'p', heading: 'h', caption: 'c' } as const;

function unitNode(id: string, vietnamese: string): ContainerDirective {
  return {
    type: 'containerDirective',
    name: 'unit',
    attributes: { id },
    children: [{ type: 'paragraph', children: [{ type: 'text', value: vietnamese }] }],
  };
}

/** Draft body as Markdown: one container per block, one `unit` per sentence, ids numbered once here and never again. */
export function draftBody(draft: SeedDraft): string {
  const counters = { p: 0, h: 0, c: 0 };
  let unit = 0;
  const children: RootContent[] = draft.blocks.map((block) => {
    const prefix = BLOCK_PREFIX[block.type];
    counters[prefix] += 1;
    return {
      type: 'containerDirective',
      name: block.type,
      attributes: { id: `${prefix}${counters[prefix]}` },
      children: block.sentences.map((sentence) => unitNode(`s${(unit += 1)}`, sentence)),
    };
  });
  const tree: Root = { type: 'root', children };
  return unified().use(remarkDirective).use(remarkStringify).stringify(tree);
}

export function draftFrontmatter(draft: SeedDraft, seed: string): Record<string, unknown> {
  return {
    slug: slugify(draft.headline ?? seed),
    status: 'draft',
    source: { seed },
    headline: { vi: draft.headline ?? '', en: '', editorial: draft.headline === undefined },
    ...(draft.outletMark ? { outlet: { name: draft.outletMark, mark: draft.outletMark, inferred: false } } : {}),
    ...(draft.date
      ? { published: { date: draft.date, ...(draft.time ? { time: draft.time } : {}), inferred: false } }
      : {}),
    ...(draft.byline ? { byline: draft.byline } : {}),
    summary: { en: '', vi: '' },
  };
}

export function draftToMarkdown(draft: SeedDraft, seed: string): string {
  return `---\n${stringifyYaml(draftFrontmatter(draft, seed))}---\n\n${draftBody(draft)}`;
}
