// The forms that add to the knowledge base and the lexicon from a selection in the Vietnamese: a
// modal dialog each, with what the schema needs; the server validates with the same schemas and
// answers with the fields it refuses, shown beside the form.
import { ENTITY_TYPES } from '../../entities/entity-types';
import { PARTS_OF_SPEECH } from '../../lexicon/parts-of-speech';
import { ApiError, api } from './api';
import { h, replaceChildren } from './dom';
import type { T } from './messages';

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** An id from an English name: lower-case ASCII words joined by hyphens. */
export function entityIdFrom(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The entity record the form describes (the server checks it with lib/entities/schema). */
export function entityFromForm(data: Record<string, string>): Record<string, unknown> {
  const value = (key: string) => (data[key] ?? '').trim();
  return {
    id: value('id'),
    type: value('type'),
    name: { en: value('nameEn'), vi: value('nameVi') },
    aliases: { vi: lines(data.aliasesVi ?? ''), en: lines(data.aliasesEn ?? '') },
    gloss: { en: value('glossEn'), vi: value('glossVi') },
    explanation: { en: value('explanationEn'), vi: value('explanationVi') },
    ...(value('wikidata') ? { wikidata: value('wikidata') } : {}),
  };
}

/** The lexicon entry the form describes (checked with lib/lexicon/schema). */
export function wordFromForm(data: Record<string, string>): Record<string, unknown> {
  const value = (key: string) => (data[key] ?? '').trim();
  const word = value('word').normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  const han = value('han');
  const syllables = word.split(' ');
  const glosses = lines(data.morphemes ?? '');
  return {
    word,
    pos: value('pos'),
    senses: lines(data.senses ?? ''),
    ...(han ? { han, morphemes: syllables.map((syllable, index) => ({ syllable, han: Array.from(han)[index] ?? '', gloss: glosses[index] ?? '' })) } : {}),
    ...(value('note') ? { note: value('note') } : {}),
  };
}

type Field = { name: string; label: string; kind?: 'text' | 'lines' | 'select'; options?: readonly { value: string; label: string }[]; lang?: string; required?: boolean; value?: string };

function field(prefix: string, spec: Field): HTMLElement {
  const id = `${prefix}-${spec.name}`;
  const common = { id, name: spec.name, lang: spec.lang, required: spec.required ?? false };
  let control: HTMLElement;
  if (spec.kind === 'select') {
    control = h('select', common, ...(spec.options ?? []).map((option) => h('option', { value: option.value, selected: option.value === spec.value }, option.label)));
  } else if (spec.kind === 'lines') {
    const area = h('textarea', { ...common, rows: 2 });
    area.value = spec.value ?? '';
    control = area;
  } else {
    const input = h('input', { ...common, type: 'text', autocomplete: 'off' });
    input.value = spec.value ?? '';
    control = input;
  }
  return h('p', { class: 'wb-field' }, h('label', { for: id }, spec.label), control);
}

function openDialog(t: T, title: string, prefix: string, fields: Field[], submit: (data: Record<string, string>) => Promise<unknown>, done: () => void): void {
  const errors = h('ul', { class: 'wb-form-errors', role: 'alert' });
  const cancel = h('button', { type: 'button', class: 'wb-secondary' }, t('workbench.form.cancel'));
  const form = h('form', { method: 'dialog', class: 'wb-form' }, ...fields.map((spec) => field(prefix, spec)), errors, h('p', { class: 'wb-form-actions' }, h('button', { type: 'submit' }, t('workbench.form.save')), cancel));
  const heading = h('h2', { id: `${prefix}-title` }, title);
  const dialog = h('dialog', { class: 'wb-dialog', 'aria-labelledby': `${prefix}-title` }, heading, form);
  document.body.append(dialog);
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  cancel.addEventListener('click', close);
  dialog.addEventListener('cancel', () => dialog.remove());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data: Record<string, string> = {};
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') data[key] = value;
    submit(data).then(
      () => {
        close();
        done();
      },
      (error: unknown) => {
        const issues = error instanceof ApiError && error.issues.length ? error.issues.map((issue) => `${issue.path}: ${issue.message}`) : [error instanceof Error ? error.message : String(error)];
        replaceChildren(errors, ...issues.map((issue) => h('li', {}, issue)));
      },
    );
  });
  dialog.showModal();
}

export function openEntityForm(t: T, vietnamese: string, done: () => void): void {
  const types = ENTITY_TYPES.map((type) => ({ value: type, label: t(`workbench.entityType.${type}`) }));
  openDialog(
    t,
    t('workbench.form.entityTitle'),
    'entity',
    [
      { name: 'nameVi', label: t('workbench.form.nameVi'), lang: 'vi', required: true, value: vietnamese },
      { name: 'nameEn', label: t('workbench.form.nameEn'), lang: 'en', required: true },
      { name: 'id', label: t('workbench.form.id'), required: true },
      { name: 'type', label: t('workbench.form.type'), kind: 'select', options: types, value: 'person' },
      { name: 'aliasesVi', label: t('workbench.form.aliasesVi'), kind: 'lines', lang: 'vi' },
      { name: 'aliasesEn', label: t('workbench.form.aliasesEn'), kind: 'lines', lang: 'en' },
      { name: 'glossEn', label: t('workbench.form.glossEn'), lang: 'en', required: true },
      { name: 'glossVi', label: t('workbench.form.glossVi'), lang: 'vi', required: true },
      { name: 'explanationEn', label: t('workbench.form.explanationEn'), kind: 'lines', lang: 'en', required: true },
      { name: 'explanationVi', label: t('workbench.form.explanationVi'), kind: 'lines', lang: 'vi', required: true },
      { name: 'wikidata', label: t('workbench.form.wikidata') },
    ],
    (data) => api.createEntity(entityFromForm(data)),
    done,
  );
  // The id follows the English name until the translator types one.
  const name = document.getElementById('entity-nameEn');
  const id = document.getElementById('entity-id');
  if (name instanceof HTMLInputElement && id instanceof HTMLInputElement) {
    let touched = false;
    id.addEventListener('input', () => {
      touched = true;
    });
    name.addEventListener('input', () => {
      if (!touched) id.value = entityIdFrom(name.value);
    });
  }
}

export function openWordForm(t: T, vietnamese: string, done: () => void): void {
  const parts = PARTS_OF_SPEECH.map((pos) => ({ value: pos, label: t(`partsOfSpeech.${pos}`) }));
  openDialog(
    t,
    t('workbench.form.wordTitle'),
    'word',
    [
      { name: 'word', label: t('workbench.form.word'), lang: 'vi', required: true, value: vietnamese.toLocaleLowerCase('vi') },
      { name: 'pos', label: t('workbench.form.pos'), kind: 'select', options: parts, value: 'noun' },
      { name: 'senses', label: t('workbench.form.senses'), kind: 'lines', lang: 'en', required: true },
      { name: 'han', label: t('workbench.form.han') },
      { name: 'morphemes', label: t('workbench.form.morphemes'), kind: 'lines', lang: 'en' },
      { name: 'note', label: t('workbench.form.note'), lang: 'en' },
    ],
    (data) => api.createWord(wordFromForm(data)),
    done,
  );
}
