// The ingest report: every line with what happened to it and the rule that decided, the metadata
// found and where, the sentence splits the text did not mark, warnings, and the draft's to-do list.
// Text for people, JSON (--json) for tools; both carry the same facts.
import { ingestTodos } from './draft-to-markdown';
import type { SeedDraft } from './types';

export interface IngestReport {
  input: string;
  output: string;
  format: 'text' | 'html';
  counts: { blocks: number; units: number; kept: number; dropped: number; metadata: number; unsure: number; splits: number; warnings: number };
  metadata: SeedDraft['metadata'];
  lines: SeedDraft['decisions'];
  splits: SeedDraft['splits'];
  warnings: string[];
  todo: string[];
}

export function buildReport(draft: SeedDraft, input: string, output: string, format: 'text' | 'html'): IngestReport {
  const count = (action: string) => draft.decisions.filter((decision) => decision.action === action).length;
  return {
    input,
    output,
    format,
    counts: {
      blocks: draft.blocks.length,
      units: draft.blocks.reduce((sum, block) => sum + block.sentences.length, 0),
      kept: count('kept'),
      dropped: count('dropped'),
      metadata: count('metadata'),
      unsure: draft.decisions.filter((decision) => decision.unsure).length,
      splits: draft.splits.length,
      warnings: draft.warnings.length,
    },
    metadata: draft.metadata,
    lines: draft.decisions,
    splits: draft.splits,
    warnings: draft.warnings,
    todo: ingestTodos(draft),
  };
}

function clip(text: string, width = 72): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

export function formatReport(report: IngestReport): string {
  const where = report.format === 'html' ? 'block' : 'line';
  const { counts } = report;
  const out = [
    `${report.output}: ${counts.blocks} blocks, ${counts.units} units from ${report.input}`,
    `  ${counts.kept} ${where}s kept, ${counts.dropped} dropped, ${counts.metadata} read as metadata; ${counts.unsure} unsure (kept), ${counts.splits} sentence splits at a missing space, ${counts.warnings} warnings`,
    'metadata:',
    ...report.metadata.map((found) => `  ${found.field.padEnd(11)} ${clip(found.value, 60)}  (${found.where})`),
    ...(['headline', 'date'] as const)
      .filter((field) => !report.metadata.some((found) => found.field === field))
      .map((field) => `  ${field.padEnd(11)} not found: TODO in the draft`),
    `${where}s:`,
    ...report.lines.map((decision) => {
      const action = decision.unsure ? `${decision.action}?` : decision.action;
      return `  ${String(decision.line).padStart(4)} ${action.padEnd(9)} ${clip(decision.rule, 48).padEnd(48)} ${clip(decision.text, 60)}`;
    }),
  ];
  if (report.splits.length) {
    out.push('splits made at a full stop with no space after it (check each):');
    for (const split of report.splits) out.push(`  ${where} ${split.line}: …${split.before.trimStart()} | ${split.after.trimEnd()}…`);
  }
  if (report.warnings.length) out.push('warnings:', ...report.warnings.map((warning) => `  ${warning}`));
  out.push('to do:', ...report.todo.map((todo) => `  ${todo}`));
  return out.join('\n');
}
