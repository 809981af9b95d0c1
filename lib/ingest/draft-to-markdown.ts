import type { Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkStringify from 'remark-stringify';
import { stringify as stringifyYaml } from 'yaml';
import { unified } from 'unified';
// `TODO` is what a draft carries where the source gave no value: check:content says what to write
// instead, preview:drafts shows a placeholder, and the schema refuses it once `status: published`.
import { TODO } from '../content/schema';
import { slugify } from '../text/fold';
import { knownOutletName } from './rules/outlet-mark';
import type { SeedDraft } from './types';

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
export function draftBody(draft: Pick<SeedDraft, 'blocks'>): string {
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

export function draftSlug(draft: Pick<SeedDraft, 'headline'>, seed: string): string {
  return slugify(draft.headline ?? seed) || slugify(`draft ${seed}`) || 'draft';
}

function outlet(draft: SeedDraft): Record<string, unknown> | undefined {
  const bare = draft.outletMark?.replace(/^\((.*)\)$/u, '$1');
  const fromPage = draft.metadata.find((found) => found.field === 'outletName');
  if (fromPage) return { name: fromPage.value, ...(draft.outletMark ? { mark: draft.outletMark } : {}), inferred: false };
  if (!draft.outletMark || !bare) return undefined;
  const known = knownOutletName(bare);
  if (!known) return { name: bare, mark: draft.outletMark, inferred: false };
  return {
    name: known,
    mark: draft.outletMark,
    inferred: true,
    basis: {
      en: `The article prints only the mark “${draft.outletMark}”, which is ${known}’s.`,
      vi: `Bài viết chỉ ghi ký hiệu “${draft.outletMark}”, ký hiệu của ${known}.`,
    },
  };
}

export function draftFrontmatter(draft: SeedDraft, seed: string): Record<string, unknown> {
  const byline = draft.byline && draft.attribution ? `${draft.byline} (${draft.attribution})` : (draft.byline ?? draft.attribution);
  const outletValue = outlet(draft);
  return {
    slug: draftSlug(draft, seed),
    status: 'draft',
    source: { seed, ...(draft.sourceUrl ? { url: draft.sourceUrl } : {}) },
    headline: { vi: draft.headline ?? TODO, en: '', editorial: draft.headline === undefined },
    ...(outletValue ? { outlet: outletValue } : {}),
    published: draft.date ? { date: draft.date, ...(draft.time ? { time: draft.time } : {}), inferred: false } : TODO,
    ...(byline ? { byline } : {}),
    summary: { en: '', vi: '' },
  };
}

/** What an editor still has to add before the draft can be published, one line each. */
export function ingestTodos(draft: SeedDraft): string[] {
  const todos: string[] = [];
  if (!draft.headline) todos.push('headline.vi: no headline found: write the headline the source printed (or your own, keeping headline.editorial: true)');
  if (!draft.date) todos.push('published: the source prints no date: add `published: 2024-06-19` (the date the source printed) or `published: {date: 2024-06-19, inferred: true, basis: {en: …, vi: …}}`');
  todos.push('headline.en, summary.en, summary.vi and the English of every unit');
  return todos;
}

const COMMENTS: Record<string, string> = {
  'published: TODO': '# TODO: add `published: 2024-06-19`, the date the source printed, or\n# `published: {date: 2024-06-19, inferred: true, basis: {en: …, vi: …}}` saying how you know it.',
  '  vi: TODO': '  # TODO: no headline found: write the headline here (headline.editorial stays true if it is yours).',
};

export function draftToMarkdown(draft: SeedDraft, seed: string): string {
  const yaml = stringifyYaml(draftFrontmatter(draft, seed))
    .split('\n')
    .flatMap((line) => (COMMENTS[line] ? [COMMENTS[line], line] : [line]))
    .join('\n');
  return `---\n${yaml}---\n\n${draftBody(draft)}`;
}
