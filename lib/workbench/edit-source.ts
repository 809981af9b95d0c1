// Edits to an article file that touch only what changed: one unit's lines (its opening line and its
// English; the Vietnamese is copied byte for byte from the file) or one frontmatter value. Every other
// byte of the file stays as it was. Pure: text in, text out; the caller re-reads the result.
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { parseDocument } from 'yaml';
import { parseMarkdown } from '../article/parse';
import { isBlockKind, isContainer, unitParagraphs, unitStatus, type UnitStatus } from '../article/structure';

/** The YAML frontmatter between two --- lines at the top of an article file (as lib/content/load reads it). */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export class EditError extends Error {
  override name = 'EditError';
}

export interface SourceUnit {
  id: string;
  status: UnitStatus;
  /** The English paragraph (or machine draft) as written in the file, or null. */
  en: string | null;
  /** Offsets into the whole file. */
  start: number;
  end: number;
  /** The Vietnamese paragraph's offsets. */
  viStart: number;
  viEnd: number;
}

function bodyOffset(source: string): number {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new EditError('the file has no frontmatter');
  return match[0].length;
}

/** Every unit of the file with its place in it; `body` is the body's tree when the caller has parsed it already. */
export function sourceUnits(source: string, body?: Root): SourceUnit[] {
  const offset = bodyOffset(source);
  const tree = body ?? parseMarkdown(source.slice(offset));
  const units: SourceUnit[] = [];
  for (const block of tree.children) {
    if (!isContainer(block) || !isBlockKind(block.name)) continue;
    for (const node of block.children) {
      if (!isContainer(node) || node.name !== 'unit') continue;
      const unit = readUnit(node, source, offset);
      if (unit) units.push(unit);
    }
  }
  return units;
}

function readUnit(node: ContainerDirective, source: string, offset: number): SourceUnit | undefined {
  const { vi, en, machine } = unitParagraphs(node);
  const english = en ?? machine;
  const [start, end] = [node.position?.start.offset, node.position?.end.offset];
  const [viStart, viEnd] = [vi?.position?.start.offset, vi?.position?.end.offset];
  if (start === undefined || end === undefined || viStart === undefined || viEnd === undefined) return undefined;
  const englishRange = [english?.position?.start.offset, english?.position?.end.offset] as const;
  return {
    id: node.attributes?.id ?? '',
    status: unitStatus(node),
    en: englishRange[0] !== undefined && englishRange[1] !== undefined ? source.slice(offset + englishRange[0], offset + englishRange[1]) : null,
    start: offset + start,
    end: offset + end,
    viStart: offset + viStart,
    viEnd: offset + viEnd,
  };
}

const STATUS_ATTRIBUTE: Record<UnitStatus, string> = { untranslated: '', machine: ' status="machine"', translated: '', reviewed: ' status="reviewed"' };

/**
 * The file with one unit's English and status replaced. `en` null (or empty) leaves the unit
 * untranslated. Returns the source itself when nothing changes.
 */
export function rewriteUnit(source: string, unitId: string, change: { en: string | null; status: UnitStatus }): string {
  const unit = sourceUnits(source).find((candidate) => candidate.id === unitId);
  if (!unit) throw new EditError(`no unit ${unitId} in this article`);
  const english = change.en?.trim() ? change.en.trim() : null;
  const status: UnitStatus = english === null ? 'untranslated' : change.status === 'untranslated' ? 'translated' : change.status;
  if (english === unit.en && status === unit.status) return source;
  const vietnamese = source.slice(unit.viStart, unit.viEnd);
  const text = [`:::unit{#${unit.id}${STATUS_ATTRIBUTE[status]}}`, vietnamese, ...(english === null ? [] : ['', english]), ':::'].join('\n');
  return source.slice(0, unit.start) + text + source.slice(unit.end);
}

/** The file with one editorial note's two paragraphs replaced (a note needs both); every other byte kept. */
export function rewriteNote(source: string, noteId: string, change: { vi: string; en: string }): string {
  const vi = change.vi.trim();
  const en = change.en.trim();
  if (!vi || !en) throw new EditError('a note needs a Vietnamese and an English paragraph');
  const offset = bodyOffset(source);
  const tree = parseMarkdown(source.slice(offset));
  for (const container of tree.children) {
    if (!isContainer(container) || container.name !== 'notes') continue;
    for (const note of container.children) {
      if (!isContainer(note) || note.name !== 'note' || note.attributes?.id !== noteId) continue;
      const { vi: first, en: second } = unitParagraphs(note);
      const start = first?.position?.start.offset;
      const end = (second ?? first)?.position?.end.offset;
      if (start === undefined || end === undefined) throw new EditError(`note ${noteId} has no paragraphs`);
      return source.slice(0, offset + start) + `${vi}\n\n${en}` + source.slice(offset + end);
    }
  }
  throw new EditError(`no note ${noteId} in this article`);
}

/** The file with one frontmatter value set (undefined deletes it); every other line of the YAML kept. */
export function setFrontmatter(source: string, path: readonly string[], value: unknown): string {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new EditError('the file has no frontmatter');
  const yaml = match[1] ?? '';
  const document = parseDocument(yaml);
  if (document.errors.length) throw new EditError(`the frontmatter does not parse: ${document.errors[0]?.message ?? ''}`);
  if (value === undefined) document.deleteIn(path);
  // A new node: written in the plain style where YAML allows, whatever quoting the old value had.
  else document.setIn(path, document.createNode(value));
  const written = document.toString({ lineWidth: 0 }).replace(/\n$/, '');
  if (written === yaml) return source;
  return `---\n${written}\n---\n${source.slice(match[0].length)}`;
}

export interface DiffLine {
  kind: ' ' | '-' | '+';
  /** Line number in the old text (for ' ' and '-') or the new one ('+'). */
  line: number;
  text: string;
}

/** A line diff (longest common subsequence) with `context` unchanged lines around each change. */
export function lineDiff(before: string, after: string, context = 2): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Common head and tail are cut first, so the table covers only the changed middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const width = y.length + 1;
  const table = new Uint32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      table[i * width + j] = x[i] === y[j] ? (table[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const lines: DiffLine[] = [];
  for (let index = 0; index < head; index++) lines.push({ kind: ' ', line: index + 1, text: a[index] ?? '' });
  let [i, j] = [0, 0];
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      lines.push({ kind: ' ', line: head + i + 1, text: x[i] ?? '' });
      i += 1;
      j += 1;
    } else if (i < x.length && (j === y.length || (table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0))) {
      lines.push({ kind: '-', line: head + i + 1, text: x[i] ?? '' });
      i += 1;
    } else {
      lines.push({ kind: '+', line: head + j + 1, text: y[j] ?? '' });
      j += 1;
    }
  }
  for (let index = a.length - tail; index < a.length; index++) lines.push({ kind: ' ', line: index + 1, text: a[index] ?? '' });
  const near = (index: number) => lines.slice(Math.max(0, index - context), index + context + 1).some((line) => line.kind !== ' ');
  return lines.filter((line, index) => line.kind !== ' ' || near(index));
}
