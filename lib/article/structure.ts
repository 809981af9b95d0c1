// Reads the aligned structure out of an article's mdast: blocks → units (vi + en), and editorial notes.
// Shared by the content checker, the plugins and the data consumers so that all read the format alike.
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';

export const BLOCK_KINDS = ['paragraph', 'heading', 'caption'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * Where a unit's translation stands, written in its directive (`:::unit{#s7 status="machine"}`):
 * no English paragraph is untranslated; `status="machine"` is a machine draft, which the site shows
 * as pending and check:content never publishes; English without a status is translated; and
 * `status="reviewed"` has been checked by a second person.
 */
export const UNIT_STATUSES = ['untranslated', 'machine', 'translated', 'reviewed'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
/** The values the `status` attribute may take; the other two statuses are written by its absence. */
export const STATUS_ATTRIBUTES = ['machine', 'reviewed'] as const;

export interface Unit {
  id: string;
  vi: string;
  /** The English the site shows: null while untranslated or a machine draft. */
  en: string | null;
  /** A machine draft's English, never shown on the site; null otherwise. */
  machine: string | null;
  status: UnitStatus;
  line: number;
}
export interface Block {
  id: string;
  kind: BlockKind;
  units: Unit[];
  line: number;
}
export interface EditorialNote {
  id: string;
  target: string;
  vi: string;
  en: string;
  line: number;
}
export interface Problem {
  line: number;
  message: string;
}
export interface ArticleStructure {
  blocks: Block[];
  notes: EditorialNote[];
  problems: Problem[];
}

export const UNIT_ID = /^s\d+$/;
export const BLOCK_ID = /^[phc]\d+$/;
export const NOTE_ID = /^n\d+$/;

export function isContainer(node: RootContent | undefined): node is ContainerDirective {
  return node?.type === 'containerDirective';
}

export function isNamedContainer(node: RootContent | undefined, name: string): boolean {
  return isContainer(node) && node.name === name;
}

export function isBlockKind(name: string): name is BlockKind {
  return BLOCK_KINDS.some((kind) => kind === name);
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 0;
}

function isStatusAttribute(value: string): value is (typeof STATUS_ATTRIBUTES)[number] {
  return STATUS_ATTRIBUTES.some((status) => status === value);
}

/** A unit's status as its directive and paragraphs state it; an unknown `status` value reads as none (readStructure reports it). */
export function unitStatus(node: ContainerDirective): UnitStatus {
  const paragraphs = node.children.filter((child) => child.type === 'paragraph');
  if (paragraphs.length < 2) return 'untranslated';
  const attribute = node.attributes?.status ?? '';
  return isStatusAttribute(attribute) ? attribute : 'translated';
}

/**
 * The Vietnamese and English paragraphs of a unit (or note); anything else is reported. A machine
 * draft's English comes back as `machine`, not `en`, so that every reader of `en` (the render, the
 * analysis, open data, search) treats the unit as pending without knowing about machine drafts.
 */
export function unitParagraphs(node: ContainerDirective): { vi?: Paragraph; en?: Paragraph; machine?: Paragraph; extra: RootContent[] } {
  const paragraphs = node.children.filter((child): child is Paragraph => child.type === 'paragraph');
  const extra = node.children.filter((child) => child.type !== 'paragraph');
  const second = paragraphs[1];
  const rest = [...extra, ...paragraphs.slice(2)];
  if (node.name === 'unit' && second && unitStatus(node) === 'machine') return { vi: paragraphs[0], machine: second, extra: rest };
  return { vi: paragraphs[0], en: second, extra: rest };
}

export function readStructure(tree: Root): ArticleStructure {
  const blocks: Block[] = [];
  const notes: EditorialNote[] = [];
  const problems: Problem[] = [];
  const report = (node: { position?: { start: { line: number } } }, message: string) =>
    problems.push({ line: lineOf(node), message });

  for (const node of tree.children) {
    if (isContainer(node) && node.name === 'notes') {
      for (const child of node.children) {
        if (!isContainer(child) || child.name !== 'note') {
          report(child, 'only :::note containers belong inside ::::notes');
          continue;
        }
        const { vi, en, extra } = unitParagraphs(child);
        const id = child.attributes?.id ?? '';
        const target = child.attributes?.for ?? '';
        if (!NOTE_ID.test(id)) report(child, `note id "${id}" must look like n1, n2, …`);
        if (!target) report(child, `note ${id} needs for="<unit id>"`);
        if (!vi || !en) report(child, `note ${id} needs a Vietnamese and an English paragraph`);
        if (extra.length) report(extra[0] ?? child, `note ${id} has more than its two paragraphs`);
        notes.push({ id, target, vi: vi ? toString(vi) : '', en: en ? toString(en) : '', line: lineOf(child) });
      }
      continue;
    }
    if (!isContainer(node) || !isBlockKind(node.name)) {
      report(node, 'body content must sit in a ::::paragraph, ::::heading, ::::caption or ::::notes container');
      continue;
    }
    const id = node.attributes?.id ?? '';
    if (!BLOCK_ID.test(id)) report(node, `block id "${id}" must look like p1, h1 or c1`);
    const units: Unit[] = [];
    for (const child of node.children) {
      if (!isContainer(child) || child.name !== 'unit') {
        report(child, `only :::unit containers belong inside a ${node.name} block`);
        continue;
      }
      const unitId = child.attributes?.id ?? '';
      if (!UNIT_ID.test(unitId)) report(child, `unit id "${unitId}" must look like s1, s2, …`);
      const { vi, en, machine, extra } = unitParagraphs(child);
      if (!vi) report(child, `unit ${unitId} has no Vietnamese sentence`);
      if (extra.length) report(extra[0] ?? child, `unit ${unitId} has more than one Vietnamese and one English paragraph`);
      const status = child.attributes?.status;
      if (status !== undefined && status !== null && !isStatusAttribute(status)) report(child, `unit ${unitId}: status "${status}" must be ${STATUS_ATTRIBUTES.map((value) => `"${value}"`).join(' or ')} (no status: translated)`);
      else if (status && !en && !machine) report(child, `unit ${unitId}: status "${status}" but no English paragraph`);
      units.push({ id: unitId, vi: vi ? toString(vi) : '', en: en ? toString(en) : null, machine: machine ? toString(machine) : null, status: unitStatus(child), line: lineOf(child) });
    }
    if (!units.length) report(node, `block ${id} has no units`);
    if (node.name === 'heading' && units.length > 1) report(node, `heading ${id} must be a single unit`);
    blocks.push({ id, kind: node.name, units, line: lineOf(node) });
  }
  return { blocks, notes, problems };
}
