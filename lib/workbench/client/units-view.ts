// One unit's row: its Vietnamese as the site marks it (names, words, words the lexicon lacks), the
// English field, its status, its editorial notes and its checks.
import type { UnitStatus } from '../../article/structure';
import { UNIT_STATUSES } from '../../article/structure';
import type { ViSegment, WorkbenchUnit } from '../view';
import { h, replaceChildren } from './dom';
import type { T } from './messages';

export interface UnitRow {
  id: string;
  element: HTMLElement;
  vietnamese: HTMLElement;
  english: HTMLTextAreaElement;
  status: HTMLSelectElement;
  confirm: HTMLButtonElement;
  checks: HTMLElement;
  /** Where the helper panel goes when this unit is active. */
  helperSlot: HTMLElement;
  /** An exact repeat from the memory, offered in the unit itself while it has no English. */
  repeat: HTMLElement;
  /** The unit's editorial notes, each editable in both languages. */
  notes: { id: string; vi: HTMLTextAreaElement; en: HTMLTextAreaElement }[];
}

/** The translation of an exact repeat (a caption, a dateline) the memory has for this unit, if any. */
export function exactRepeat(unit: WorkbenchUnit): string | null {
  return unit.memory.find((suggestion) => suggestion.exact)?.entry.en ?? null;
}

export function renderSegments(target: HTMLElement, segments: readonly ViSegment[]): void {
  replaceChildren(
    target,
    ...segments.map((segment) => {
      if (segment.kind === 'text') return segment.text;
      const className = segment.kind === 'mention' ? 'wb-mention' : segment.kind === 'unknown' ? 'wb-unknown' : 'wb-word';
      return h('span', { class: className, 'data-ref': segment.ref }, segment.text);
    }),
  );
}

export function isUnitStatus(value: string): value is UnitStatus {
  return UNIT_STATUSES.some((status) => status === value);
}

export function createUnitRow(unit: WorkbenchUnit, t: T): UnitRow {
  const label = `wb-label-${unit.id}`;
  const vietnamese = h('p', { class: 'wb-vi', lang: 'vi', id: `wb-vi-${unit.id}` });
  renderSegments(vietnamese, unit.segments);
  const english = h('textarea', { id: `wb-en-${unit.id}`, class: 'wb-en', lang: 'en', rows: 3, spellcheck: true, 'aria-describedby': `wb-vi-${unit.id} wb-checks-${unit.id}` });
  english.value = unit.en;
  const status = h('select', { id: `wb-status-${unit.id}`, class: 'wb-status' }, ...UNIT_STATUSES.map((value) => h('option', { value, selected: value === unit.status }, t(`workbench.status.${value}`))));
  const confirm = h('button', { type: 'button', class: 'wb-confirm' }, t('workbench.unit.confirm'));
  const checks = h('ul', { class: 'wb-checks', id: `wb-checks-${unit.id}`, 'aria-live': 'polite' });
  const helperSlot = h('div', { class: 'wb-helper-slot' });
  const repeat = h('p', { class: 'wb-repeat' });
  const notes = unit.notes.map((note) => {
    const field = (lang: 'vi' | 'en', value: string, label: string) => {
      const area = h('textarea', { id: `wb-note-${note.id}-${lang}`, lang, rows: 2, class: 'wb-note-field' });
      area.value = value;
      return { area, element: h('p', { class: 'wb-field' }, h('label', { for: area.id }, label), area) };
    };
    const vi = field('vi', note.vi, t('workbench.unit.noteVi', { id: note.id }));
    const en = field('en', note.en, t('workbench.unit.noteEn', { id: note.id }));
    return { id: note.id, vi: vi.area, en: en.area, element: h('div', { class: 'wb-note' }, vi.element, en.element) };
  });
  const element = h(
    'section',
    { class: `wb-unit wb-kind-${unit.blockKind}`, id: `wb-unit-${unit.id}`, 'aria-labelledby': label, 'data-status': unit.status },
    h('h2', { class: 'wb-unit-label', id: label }, t('workbench.unit.label', { id: unit.id })),
    vietnamese,
    h(
      'div',
      { class: 'wb-en-cell' },
      h('label', { for: english.id, class: 'wb-visually-hidden' }, t('workbench.unit.english', { id: unit.id })),
      english,
      repeat,
      h('p', { class: 'wb-unit-controls' }, h('label', { for: status.id, class: 'wb-visually-hidden' }, t('workbench.unit.status', { id: unit.id })), status, confirm),
    ),
    ...notes.map((note) => note.element),
    checks,
    helperSlot,
  );
  return { id: unit.id, element, vietnamese, english, status, confirm, checks, helperSlot, repeat, notes: notes.map(({ id, vi, en }) => ({ id, vi, en })) };
}
