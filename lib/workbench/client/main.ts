// The workbench's editor page: the article's units side by side, saved as the translator types
// (debounced, one write at a time, each with the file's hash), with undo, the checks as you type,
// the helper for the active unit, the to-do list, and publishing. Entry point of the client bundle.
import type { UnitStatus } from '../../article/structure';
import { QA_RULES, type QaFinding, type QaUnit, type QaWaiver } from '../../qa/types';
import type { WorkbenchArticle } from '../view';
import { ApiError, api, isWorkbenchArticle } from './api';
import { h, replaceChildren } from './dom';
import { openEntityForm, openWordForm } from './forms';
import { renderHelper } from './helper-panel';
import { isWorkbenchMessages, translator, type T } from './messages';
import { statusAfterEdit, translatedCount } from './progress';
import { LiveChecks } from './qa-view';
import { debounce, UndoStack } from './undo-stack';
import { createUnitRow, exactRepeat, isUnitStatus, renderSegments, type UnitRow } from './units-view';

const AUTOSAVE_MS = 700;

interface UnitEdit {
  id: string;
  en: string;
  status: UnitStatus;
  /** Typed but not yet saved (shown on the unit as data-dirty). */
  dirty: boolean;
  /** Increases each time the translator enters the unit: one session is one undo step. */
  session: number;
}

class Workbench {
  private article: WorkbenchArticle;
  private readonly edits = new Map<string, UnitEdit>();
  private readonly rows = new Map<string, UnitRow>();
  private readonly autosaves = new Map<string, ReturnType<typeof debounce>>();
  private readonly undo = new UndoStack();
  private readonly checks: LiveChecks;
  private queue: Promise<void> = Promise.resolve();
  private conflicted = false;
  private active = '';
  private session = 0;
  private lastSelection = { unit: '', text: '' };
  /** Waiver forms open, by unit:rule, with the reason typed so far. */
  private readonly waiving = new Map<string, string>();
  private readonly progress = h('span', { class: 'wb-progress' });
  private readonly saveState = h('span', { class: 'wb-save-state', role: 'status' });
  private readonly undoButton = h('button', { type: 'button', class: 'wb-secondary' });
  private readonly publishButton = h('button', { type: 'button', class: 'wb-publish' });
  private readonly notice = h('div', { class: 'wb-notice', role: 'alert' });
  private readonly todo = h('section', { class: 'wb-todo', 'aria-labelledby': 'wb-todo-title' });
  private readonly unused = h('ul', { class: 'wb-unused' });

  constructor(
    private readonly root: HTMLElement,
    article: WorkbenchArticle,
    private readonly t: T,
  ) {
    this.article = article;
    this.checks = new LiveChecks(this.qaUnits(article), new Set(article.knownEntities));
    for (const unit of article.units) this.edits.set(unit.id, { id: unit.id, en: unit.en, status: unit.status, dirty: false, session: 0 });
    this.render();
  }

  private markDirty(edit: UnitEdit, dirty: boolean): void {
    edit.dirty = dirty;
    const row = this.rows.get(edit.id)?.element;
    if (row) row.toggleAttribute('data-dirty', dirty);
  }

  private qaUnits(article: WorkbenchArticle): Map<string, QaUnit> {
    return new Map(article.units.map((unit) => [unit.id, unit.qa]));
  }

  private render(): void {
    const { t, article } = this;
    this.undoButton.textContent = t('workbench.undo');
    this.undoButton.addEventListener('click', () => this.undoLast());
    this.publishButton.textContent = t('workbench.publish');
    this.publishButton.addEventListener('click', () => this.publish());
    const bar = h('div', { class: 'wb-toolbar' }, this.progress, this.saveState, this.undoButton, this.publishButton);
    const meta = this.renderMeta();
    const units = h('div', { class: 'wb-units' });
    for (const unit of article.units) {
      const row = createUnitRow(unit, t);
      this.rows.set(unit.id, row);
      this.wire(row);
      units.append(row.element);
    }
    replaceChildren(
      this.root,
      h('h1', { lang: 'vi' }, article.headline.vi),
      bar,
      h('p', { class: 'wb-hint' }, t('workbench.keys')),
      this.notice,
      this.unused,
      meta,
      units,
      this.todo,
    );
    document.addEventListener('selectionchange', () => this.rememberSelection());
    for (const row of this.rows.values()) this.showChecks(row.id);
    this.showUnusedWaivers();
    this.renderTodo();
    this.updateProgress();
    this.setSaveState('saved');
    this.showProblems();
    const first = article.units.find((unit) => unit.status === 'untranslated' || unit.status === 'machine') ?? article.units[0];
    if (first) this.activate(first.id);
  }

  /** Errors the content check finds in the file as it is (it may have been edited by hand). */
  private showProblems(): void {
    const { problems } = this.article;
    if (problems.length) replaceChildren(this.notice, h('p', {}, this.t('workbench.problems')), h('ul', {}, ...problems.map((problem) => h('li', {}, `${problem.line}: ${problem.message}`))));
  }

  private renderMeta(): HTMLElement {
    const { t, article } = this;
    const fields = [
      { field: 'headline.en', label: t('workbench.meta.headline'), value: article.headline.en, lang: 'en' },
      { field: 'summary.en', label: t('workbench.meta.summaryEn'), value: article.summary.en, lang: 'en' },
      { field: 'summary.vi', label: t('workbench.meta.summaryVi'), value: article.summary.vi, lang: 'vi' },
    ];
    return h(
      'details',
      { class: 'wb-meta', open: !article.headline.en || !article.summary.en || !article.summary.vi },
      h('summary', {}, t('workbench.meta.title')),
      ...fields.map(({ field, label, value, lang }) => {
        const id = `wb-field-${field.replace('.', '-')}`;
        const input = h('textarea', { id, lang, rows: 2, class: 'wb-meta-field' });
        input.value = value;
        const save = debounce(() => this.enqueue(async () => this.applyView(await api.saveField(article.slug, field, { hash: this.article.hash, value: input.value }))), AUTOSAVE_MS);
        input.addEventListener('input', () => {
          this.setSaveState('pending');
          save.schedule();
        });
        input.addEventListener('blur', () => save.flush());
        return h('p', { class: 'wb-field' }, h('label', { for: id }, label), input);
      }),
    );
  }

  private wire(row: UnitRow): void {
    const save = debounce(() => this.saveUnit(row.id), AUTOSAVE_MS);
    this.autosaves.set(row.id, save);
    row.english.addEventListener('focus', () => this.activate(row.id));
    row.english.addEventListener('input', () => {
      const edit = this.edits.get(row.id);
      if (!edit) return;
      edit.en = row.english.value;
      edit.status = statusAfterEdit(row.english.value);
      this.markDirty(edit, true);
      row.status.value = edit.status;
      this.checks.update(row.id, row.english.value);
      this.showChecks(row.id);
      this.showUnusedWaivers();
      this.updateProgress();
      this.setSaveState('pending');
      save.schedule();
    });
    row.english.addEventListener('blur', () => save.flush());
    row.english.addEventListener('keydown', (event) => this.onKey(event, row));
    row.status.addEventListener('change', () => {
      const edit = this.edits.get(row.id);
      if (!edit || !isUnitStatus(row.status.value)) return;
      edit.status = row.status.value;
      this.markDirty(edit, true);
      this.updateProgress();
      this.saveUnit(row.id);
    });
    row.confirm.addEventListener('click', () => this.confirm(row.id, false));
    for (const note of row.notes) {
      const saveNote = debounce(() => {
        if (!note.vi.value.trim() || !note.en.value.trim()) return;
        this.enqueue(async () => this.applyView(await api.saveNote(this.article.slug, note.id, { hash: this.article.hash, vi: note.vi.value, en: note.en.value })));
      }, AUTOSAVE_MS);
      for (const area of [note.vi, note.en]) {
        area.addEventListener('input', () => {
          this.setSaveState('pending');
          saveNote.schedule();
        });
        area.addEventListener('blur', () => saveNote.flush());
      }
    }
  }

  private onKey(event: KeyboardEvent, row: UnitRow): void {
    const ids = [...this.rows.keys()];
    const index = ids.indexOf(row.id);
    const move = (offset: number) => {
      const next = ids[index + offset];
      if (!next) return false;
      this.rows.get(next)?.english.focus();
      return true;
    };
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.confirm(row.id, true);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      // One paragraph per unit: Enter moves on instead of breaking the line.
      event.preventDefault();
      move(1);
    } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey) {
      if (move(event.shiftKey ? -1 : 1)) event.preventDefault();
    } else if (event.key === 'F6') {
      event.preventDefault();
      document.getElementById('wb-helper')?.focus();
    }
  }

  /** Confirm: the English stands as a person's translation (a machine draft becomes translated). */
  private confirm(id: string, moveOn: boolean): void {
    const edit = this.edits.get(id);
    const row = this.rows.get(id);
    if (!edit || !row) return;
    const unit = this.article.units.find((candidate) => candidate.id === id);
    const repeat = unit ? exactRepeat(unit) : null;
    if (!row.english.value.trim() && repeat) this.replaceText(row, repeat);
    const text = row.english.value;
    if (text.trim() && (edit.status === 'machine' || edit.status === 'untranslated')) {
      edit.status = 'translated';
      this.markDirty(edit, true);
      row.status.value = 'translated';
    }
    edit.en = text;
    this.updateProgress();
    this.saveUnit(id);
    if (moveOn) {
      const ids = [...this.rows.keys()];
      this.rows.get(ids[ids.indexOf(id) + 1] ?? '')?.english.focus();
    }
  }

  private activate(id: string): void {
    if (this.active === id) return;
    this.active = id;
    this.session += 1;
    const edit = this.edits.get(id);
    if (edit) edit.session = this.session;
    for (const row of this.rows.values()) row.element.classList.toggle('wb-active', row.id === id);
    this.renderHelper();
  }

  private renderHelper(): void {
    const row = this.rows.get(this.active);
    const unit = this.article.units.find((candidate) => candidate.id === this.active);
    if (!row || !unit) return;
    document.getElementById('wb-helper')?.remove();
    row.helperSlot.append(
      renderHelper(unit, this.article, this.t, {
        insert: (text) => this.insertText(row, text),
        useMemory: (text) => (row.english.value.trim() ? this.insertText(row, text) : this.replaceText(row, text)),
        machineDraft: () => this.machineDraft(row.id),
        newEntity: () => openEntityForm(this.t, this.selectionFor(row.id), () => this.afterForm()),
        newWord: () => openWordForm(this.t, this.selectionFor(row.id), () => this.afterForm()),
      }),
    );
    const helper = document.getElementById('wb-helper');
    helper?.addEventListener('keydown', (event) => {
      if (event.key === 'F6') {
        event.preventDefault();
        row.english.focus();
      }
    });
  }

  private rememberSelection(): void {
    const selection = document.getSelection();
    const text = selection?.toString().trim() ?? '';
    const node = selection?.anchorNode;
    const host = node instanceof Element ? node : node?.parentElement;
    const cell = host?.closest('.wb-vi');
    const unit = cell?.id.replace(/^wb-vi-/, '');
    if (unit && text) this.lastSelection = { unit, text };
  }

  private selectionFor(unit: string): string {
    // The live selection first: Chrome dispatches selectionchange as a task, and input outranks
    // tasks, so a button pressed right after selecting can run before the selection was remembered.
    this.rememberSelection();
    return this.lastSelection.unit === unit ? this.lastSelection.text : '';
  }

  private insertText(row: UnitRow, text: string): void {
    const { selectionStart, selectionEnd, value } = row.english;
    const before = value.slice(0, selectionStart);
    const spacer = before && !/\s$/.test(before) ? ' ' : '';
    row.english.setRangeText(`${spacer}${text}`, selectionStart, selectionEnd, 'end');
    row.english.dispatchEvent(new Event('input'));
    row.english.focus();
  }

  private replaceText(row: UnitRow, text: string): void {
    row.english.value = text;
    row.english.dispatchEvent(new Event('input'));
    row.english.focus();
  }

  private showChecks(id: string): void {
    const row = this.rows.get(id);
    if (!row) return;
    const { open, waived } = this.checks.withWaivers(id, this.article.waivers);
    const { t } = this;
    const focused = document.activeElement?.id ?? '';
    replaceChildren(
      row.checks,
      ...open.map((finding) => this.findingItem(finding)),
      ...waived.map(({ finding, waiver }) =>
        h('li', { class: 'wb-waived' }, this.findingText(finding), ' ', h('em', {}, t('workbench.qa.waived', { reason: waiver.reason })), ' ', this.actionButton(t('workbench.qa.unwaive'), () => this.setWaivers(this.article.waivers.filter((item) => item !== waiver)))),
      ),
    );
    if (focused.startsWith('wb-waive-')) document.getElementById(focused)?.focus();
    row.element.dataset.findings = String(open.length);
    this.showRepeat(row);
  }

  /** An exact repeat fills itself in as a suggestion: shown in the unit while its field is empty, one click (or Ctrl+Enter) to take it. */
  private showRepeat(row: UnitRow): void {
    const unit = this.article.units.find((candidate) => candidate.id === row.id);
    const text = unit ? exactRepeat(unit) : null;
    if (!text || row.english.value.trim()) return replaceChildren(row.repeat);
    replaceChildren(row.repeat, `${this.t('workbench.memory.exact')}: `, h('span', { lang: 'en' }, text), ' ', this.actionButton(this.t('workbench.memory.insert'), () => this.replaceText(row, text)));
  }

  /** Waivers no finding needs: checked over the whole article, once per change, not once per unit. */
  private showUnusedWaivers(): void {
    replaceChildren(this.unused, ...this.checks.unusedWaivers(this.article.waivers).map((waiver) => h('li', {}, this.t('workbench.qa.unused', { rule: waiver.rule, unit: waiver.unit }))));
  }

  private findingText(finding: QaFinding): string {
    return `${finding.rule}: ${this.t(`workbench.qa.${finding.rule}`, { detail: finding.detail })}`;
  }

  private actionButton(label: string, action: () => void): HTMLButtonElement {
    const button = h('button', { type: 'button', class: 'wb-small' }, label);
    button.addEventListener('click', action);
    return button;
  }

  private findingItem(finding: QaFinding): HTMLElement {
    const { t } = this;
    const item = h('li', { class: 'wb-finding' }, this.findingText(finding), ' ');
    const key = `${finding.unit}:${finding.rule}`;
    const openForm = (focus: boolean) => {
      const id = `wb-waive-${finding.unit}-${finding.rule}`;
      const reason = h('input', { id, type: 'text', lang: document.documentElement.lang, autocomplete: 'off' });
      reason.value = this.waiving.get(key) ?? '';
      reason.addEventListener('input', () => this.waiving.set(key, reason.value));
      const form = h('form', { class: 'wb-waive' }, h('label', { for: id }, t('workbench.qa.reason')), reason, h('button', { type: 'submit' }, t('workbench.qa.saveWaiver')));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.waiving.delete(key);
        this.setWaivers([...this.article.waivers, { unit: finding.unit, rule: finding.rule, reason: reason.value }]);
      });
      item.append(form);
      if (focus) reason.focus();
    };
    item.append(
      this.actionButton(t('workbench.qa.waive'), () => {
        if (this.waiving.has(key)) return document.getElementById(`wb-waive-${finding.unit}-${finding.rule}`)?.focus();
        this.waiving.set(key, '');
        openForm(true);
      }),
    );
    // A re-render (a save elsewhere came back) keeps a half-written reason where it was.
    if (this.waiving.has(key)) openForm(false);
    return item;
  }

  private setWaivers(waivers: QaWaiver[]): void {
    this.enqueue(async () => this.applyView(await api.saveWaivers(this.article.slug, { hash: this.article.hash, waivers: waivers.filter((waiver) => QA_RULES.includes(waiver.rule)) })));
  }

  private renderTodo(): void {
    const { t } = this;
    const { uncovered, unlinked } = this.article.todo;
    const item = (label: string, action: () => void) => h('li', {}, this.actionButton(label, action));
    const words = [...new Map(uncovered.map((entry) => [entry.text.toLocaleLowerCase('vi'), entry])).values()];
    replaceChildren(
      this.todo,
      h('h2', { id: 'wb-todo-title' }, t('workbench.todo.title')),
      !words.length && !unlinked.length ? h('p', {}, t('workbench.todo.none')) : null,
      words.length ? h('h3', {}, t('workbench.todo.uncovered')) : null,
      words.length ? h('ul', {}, ...words.map((entry) => item(t('workbench.todo.addWord', { text: entry.text }), () => openWordForm(t, entry.text, () => this.afterForm())))) : null,
      unlinked.length ? h('h3', {}, t('workbench.todo.unlinked')) : null,
      unlinked.length ? h('ul', {}, ...unlinked.map((entry) => item(t('workbench.todo.addEntity', { text: entry.name }), () => openEntityForm(t, entry.name, () => this.afterForm())))) : null,
    );
  }

  private updateProgress(): void {
    const statuses = [...this.edits.values()].map((edit) => edit.status);
    this.progress.textContent = this.t('workbench.progress', { translated: translatedCount(statuses), total: statuses.length });
  }

  private setSaveState(state: 'saved' | 'saving' | 'pending' | { failed: string } | { undone: string }): void {
    const { t } = this;
    this.saveState.textContent =
      typeof state === 'string' ? t(`workbench.save.${state}`) : 'failed' in state ? t('workbench.save.failed', { message: state.failed }) : t('workbench.save.undone', { id: state.undone });
  }

  /** Writes run one at a time, each with the hash the previous one returned. */
  private enqueue(write: () => Promise<void>): void {
    this.queue = this.queue
      .then(async () => {
        if (this.conflicted) return;
        this.setSaveState('saving');
        await write();
        if ([...this.edits.values()].some((edit) => edit.dirty)) this.setSaveState('pending');
        else this.setSaveState('saved');
      })
      .catch((error: unknown) => this.failed(error));
  }

  private failed(error: unknown): void {
    if (error instanceof ApiError && error.status === 409) return this.showConflict(error);
    this.setSaveState({ failed: error instanceof Error ? error.message : String(error) });
    if (error instanceof ApiError && error.issues.length) replaceChildren(this.notice, h('ul', {}, ...error.issues.map((issue) => h('li', {}, issue.message))));
  }

  private saveUnit(id: string, options: { undoing?: boolean } = {}): void {
    this.autosaves.get(id)?.flush();
    this.enqueue(async () => {
      const edit = this.edits.get(id);
      const before = this.article.units.find((unit) => unit.id === id);
      if (!edit || !before || !edit.dirty) return;
      const sent = { en: edit.en, status: edit.status };
      const view = await api.saveUnit(this.article.slug, id, { hash: this.article.hash, ...sent });
      if (edit.en === sent.en && edit.status === sent.status) this.markDirty(edit, false);
      if (!options.undoing) this.undo.record(id, edit.session, { en: before.en, status: before.status }, sent);
      this.applyView(view);
    });
  }

  private undoLast(): void {
    const step = this.undo.pop();
    if (!step) return;
    const edit = this.edits.get(step.unit);
    const row = this.rows.get(step.unit);
    if (!edit || !row || !isUnitStatus(step.before.status)) return;
    edit.en = step.before.en;
    edit.status = step.before.status;
    this.markDirty(edit, true);
    row.english.value = edit.en;
    row.status.value = edit.status;
    this.checks.update(step.unit, edit.en);
    this.showChecks(step.unit);
    this.showUnusedWaivers();
    this.updateProgress();
    this.saveUnit(step.unit, { undoing: true });
    this.enqueue(async () => this.setSaveState({ undone: step.unit }));
  }

  private machineDraft(id: string): void {
    this.autosaves.get(id)?.flush();
    this.enqueue(async () => {
      replaceChildren(this.notice, h('p', {}, this.t('workbench.machine.working')));
      const view = await api.machineDraft(this.article.slug, id, this.article.hash);
      replaceChildren(this.notice);
      const unit = view.units.find((candidate) => candidate.id === id);
      const edit = this.edits.get(id);
      const row = this.rows.get(id);
      if (unit && edit && row) {
        edit.en = unit.en;
        edit.status = unit.status;
        this.markDirty(edit, false);
        row.english.value = unit.en;
      }
      this.applyView(view);
      row?.english.focus();
    });
  }

  /** A fresh view from the server: the analysis may have changed (a new entity or word); typed text not yet saved stays. */
  private applyView(view: WorkbenchArticle): void {
    this.article = view;
    this.checks.reset(this.qaUnits(view));
    for (const unit of view.units) {
      const row = this.rows.get(unit.id);
      const edit = this.edits.get(unit.id);
      if (!row || !edit) continue;
      renderSegments(row.vietnamese, unit.segments);
      if (!edit.dirty) {
        edit.en = unit.en;
        edit.status = unit.status;
        if (row.english.value !== unit.en) row.english.value = unit.en;
        row.status.value = unit.status;
      } else this.checks.update(unit.id, edit.en);
      row.element.dataset.status = edit.status;
    }
    for (const row of this.rows.values()) this.showChecks(row.id);
    this.showUnusedWaivers();
    this.renderTodo();
    this.updateProgress();
    // The helper shows the new analysis too; focus inside it stays on the control of the same name.
    const focused = document.activeElement;
    const hadFocus = focused instanceof HTMLElement && document.getElementById('wb-helper')?.contains(focused) ? focused.textContent : null;
    this.renderHelper();
    if (hadFocus !== null) {
      const helper = document.getElementById('wb-helper');
      const same = [...(helper?.querySelectorAll('button') ?? [])].find((button) => button.textContent === hadFocus);
      (same ?? helper)?.focus();
    }
  }

  private showConflict(error: ApiError): void {
    const { t } = this;
    this.conflicted = true;
    this.setSaveState('pending');
    const reload = this.actionButton(t('workbench.conflict.reload'), () => {
      this.conflicted = false;
      replaceChildren(this.notice);
      this.reload(true);
    });
    replaceChildren(
      this.notice,
      h('h2', {}, t('workbench.conflict.title')),
      h('p', {}, error.diff ? t('workbench.conflict.body') : t('workbench.conflict.unknown')),
      error.diff ? h('pre', { class: 'wb-diff' }, ...error.diff.map((line) => h('span', { class: line.kind === '+' ? 'wb-added' : line.kind === '-' ? 'wb-removed' : 'wb-context' }, `${line.kind} ${String(line.line).padStart(4)} ${line.text}\n`))) : null,
      reload,
    );
    reload.focus();
  }

  /** A new entity or word is saved: say so, and analyse the sentences again. */
  private afterForm(): void {
    replaceChildren(this.notice, h('p', {}, this.t('workbench.form.saved')));
    this.reload();
  }

  /** Loads the article again (after a new entity or word, or a conflict); unsaved text is kept and saved against the new file. */
  private reload(resave = false): void {
    this.queue = this.queue
      .then(async () => {
        this.applyView(await api.load(this.article.slug));
        if (resave) for (const [id, edit] of this.edits) if (edit.dirty) this.saveUnit(id);
      })
      .catch((error: unknown) => this.failed(error));
  }

  private publish(): void {
    for (const save of this.autosaves.values()) save.flush();
    const { t } = this;
    this.enqueue(async () => {
      replaceChildren(this.notice, h('p', {}, t('workbench.publishing')));
      try {
        this.applyView(await api.publish(this.article.slug, this.article.hash));
        replaceChildren(this.notice, h('p', {}, t('workbench.published')));
      } catch (error) {
        if (error instanceof ApiError && error.status === 422) {
          replaceChildren(this.notice, h('p', {}, t('workbench.publishRefused')), h('ul', {}, ...error.issues.map((issue) => h('li', {}, issue.message))));
          return;
        }
        throw error;
      }
    });
  }
}

function start(): void {
  const root = document.getElementById('workbench');
  const data = document.getElementById('workbench-data');
  if (!root || !data?.textContent) return;
  const parsed: unknown = JSON.parse(data.textContent);
  if (typeof parsed !== 'object' || parsed === null || !('article' in parsed) || !('messages' in parsed) || !('locale' in parsed)) return;
  const { article, messages, locale } = parsed;
  if (!isWorkbenchArticle(article) || !isWorkbenchMessages(messages) || typeof locale !== 'string') return;
  new Workbench(root, article, translator(locale, messages));
  // npm run bench:workbench reads this: navigation start → every unit on screen, ready to type.
  performance.mark('workbench:ready');
}

start();
