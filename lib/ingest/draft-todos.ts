// What a draft still needs before `status: published`, each with the line to edit and the exact
// thing to write. Why: a draft ingested from a page without a date or a headline carries `TODO`
// placeholders; check:content turns them into a to-do list instead of a schema error.
import { DRAFT_PLACEHOLDER } from '../content/schema';
import type { Frontmatter } from '../content/schema';

export interface DraftTodo {
  line: number;
  message: string;
}

function lineOf(source: string, pattern: RegExp): number {
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? 1 : index + 1;
}

export function draftTodos(meta: Frontmatter, source: string, pendingUnits: number): DraftTodo[] {
  const todos: DraftTodo[] = [];
  if (meta.status !== 'draft') return todos;
  if (meta.published.date === DRAFT_PLACEHOLDER.date && meta.published.basis?.en === DRAFT_PLACEHOLDER.basis.en) {
    todos.push({
      line: lineOf(source, /^published:/u),
      message:
        'add `published: 2024-06-19`, the date the source printed, or `published: {date: 2024-06-19, inferred: true, basis: {en: …, vi: …}}` saying how you know it',
    });
  }
  if (meta.headline.vi === DRAFT_PLACEHOLDER.headline) {
    todos.push({ line: lineOf(source, /^headline:/u), message: 'add `headline.vi`: the headline the source printed (or your own, with `editorial: true`)' });
  }
  if (!meta.headline.en.trim()) todos.push({ line: lineOf(source, /^headline:/u), message: 'add `headline.en`: the English headline' });
  if (!meta.summary.en.trim() || !meta.summary.vi.trim()) {
    todos.push({ line: lineOf(source, /^summary:/u), message: 'add `summary.en` and `summary.vi`: one sentence each' });
  }
  if (pendingUnits) todos.push({ line: lineOf(source, /^---$/u), message: `translate ${pendingUnits} unit${pendingUnits === 1 ? '' : 's'} (an English paragraph under each Vietnamese one)` });
  todos.push({ line: lineOf(source, /^status:/u), message: 'then set `status: published`' });
  return todos;
}
