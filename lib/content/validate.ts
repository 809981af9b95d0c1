// Content checks beyond the schema. Pure: an article's parts in, problems out.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ArticleStructure, Problem } from '../article/structure';

export interface Finding extends Problem {
  severity: 'error' | 'warning';
}

/** Lines are the body's; `bodyLine` (the file line the body starts on) is only for quoting other lines. */
export function validateStructure(tree: Root, structure: ArticleStructure, published: boolean, bodyLine = 1): Finding[] {
  const findings: Finding[] = structure.problems.map((problem) => ({ ...problem, severity: 'error' }));
  const error = (line: number, message: string) => findings.push({ line, message, severity: 'error' });
  const seen = new Map<string, number>();
  const claim = (id: string, line: number) => {
    const first = seen.get(id);
    if (first !== undefined) error(line, `id "${id}" is already used on line ${first + bodyLine - 1}: ids must be unique and are never reused`);
    else seen.set(id, line);
  };

  for (const block of structure.blocks) {
    claim(block.id, block.line);
    for (const unit of block.units) {
      claim(unit.id, unit.line);
      if (unit.en === null) {
        if (published) error(unit.line, `unit ${unit.id} has no English translation: add it as a second paragraph`);
        else findings.push({ line: unit.line, message: `unit ${unit.id}: translation pending`, severity: 'warning' });
      }
    }
  }
  const units = new Set(structure.blocks.flatMap((block) => block.units.map((unit) => unit.id)));
  for (const note of structure.notes) {
    claim(note.id, note.line);
    if (note.target && !units.has(note.target)) error(note.line, `note ${note.id} is for "${note.target}", which is no unit of this article`);
  }

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') error(line, 'raw HTML is not allowed in content: write plain text');
    if ((node.type === 'text' || node.type === 'html') && node.value !== node.value.normalize('NFC')) {
      error(line, 'text is not in Unicode NFC: run it through String.prototype.normalize("NFC")');
    }
    if (node.type === 'link' && !/^(https?:|#|\/)/.test(node.url)) error(line, `link "${node.url}" must be http(s), absolute-path or a fragment`);
  });
  return findings;
}
