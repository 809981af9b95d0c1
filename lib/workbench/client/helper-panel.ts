// The helper beside the active unit: new entries from a selection, the glossary (names from the
// knowledge base, words from the lexicon with the sense for this sentence first), the translation
// memory (the closest translated sentences, differing words marked) and the machine draft.
import type { WorkbenchArticle, WorkbenchUnit } from '../view';
import { h } from './dom';
import type { T } from './messages';

export interface HelperActions {
  insert(text: string): void;
  useMemory(text: string): void;
  machineDraft(): void;
  newEntity(): void;
  newWord(): void;
}

export function renderHelper(unit: WorkbenchUnit, article: WorkbenchArticle, t: T, actions: HelperActions): HTMLElement {
  const button = (label: string, action: () => void, attributes: Record<string, string> = {}) => {
    const element = h('button', { type: 'button', ...attributes }, label);
    element.addEventListener('click', action);
    return element;
  };
  const selection = h(
    'div',
    { class: 'wb-helper-section' },
    h('p', { class: 'wb-hint' }, t('workbench.selection.hint')),
    h('p', { class: 'wb-buttons' }, button(t('workbench.selection.entity'), actions.newEntity), button(t('workbench.selection.word'), actions.newWord)),
  );

  const { entities, words } = unit.glossary;
  const glossary = h(
    'section',
    { class: 'wb-helper-section', 'aria-labelledby': `wb-glossary-${unit.id}` },
    h('h3', { id: `wb-glossary-${unit.id}` }, t('workbench.glossary.title')),
    !entities.length && !words.length ? h('p', {}, t('workbench.glossary.none')) : null,
    entities.length ? h('h4', {}, t('workbench.glossary.names')) : null,
    entities.length
      ? h(
          'ul',
          { class: 'wb-glossary' },
          ...entities.map((entity) =>
            h(
              'li',
              {},
              h('span', { lang: 'vi' }, entity.vi),
              ' → ',
              button(entity.en, () => actions.insert(entity.en), { lang: 'en', 'aria-label': `${t('workbench.glossary.insert')}: ${entity.en}` }),
              ...entity.aliases.filter((alias) => alias !== entity.en).slice(0, 3).map((alias) => button(alias, () => actions.insert(alias), { lang: 'en', class: 'wb-alias', 'aria-label': `${t('workbench.glossary.insert')}: ${alias}` })),
            ),
          ),
        )
      : null,
    words.length ? h('h4', {}, t('workbench.glossary.words')) : null,
    words.length
      ? h(
          'ul',
          { class: 'wb-glossary wb-glossary-words' },
          ...words.map((word) =>
            h(
              'li',
              {},
              h('span', { lang: 'vi', class: 'wb-headword' }, word.word),
              ` (${t(`partsOfSpeech.${word.pos}`)}${word.han ? `, ${word.han}` : ''}) `,
              ...word.senses.slice(0, 3).map((sense) => button(sense, () => actions.insert(sense), { lang: 'en', 'aria-label': `${t('workbench.glossary.insert')}: ${sense}` })),
            ),
          ),
        )
      : null,
  );

  const memory = h(
    'section',
    { class: 'wb-helper-section', 'aria-labelledby': `wb-memory-${unit.id}` },
    h('h3', { id: `wb-memory-${unit.id}` }, t('workbench.memory.title')),
    unit.memory.length
      ? h(
          'ol',
          { class: 'wb-memory' },
          ...unit.memory.map((suggestion) =>
            h(
              'li',
              {},
              h('p', { class: 'wb-memory-meta' }, suggestion.exact ? t('workbench.memory.exact') : t('workbench.memory.alike', { percent: Math.round(suggestion.score * 100) }), ' · ', t('workbench.memory.source', { slug: suggestion.entry.slug, unit: suggestion.entry.unit })),
              h('p', { lang: 'vi', class: 'wb-memory-vi' }, ...suggestion.pieces.map((piece) => (piece.same ? piece.text : h('mark', {}, piece.text)))),
              h('p', { lang: 'en', class: 'wb-memory-en' }, suggestion.entry.en),
              button(t('workbench.memory.insert'), () => actions.useMemory(suggestion.entry.en)),
            ),
          ),
        )
      : h('p', {}, t('workbench.memory.none')),
  );

  const machine = h(
    'section',
    { class: 'wb-helper-section', 'aria-labelledby': `wb-machine-${unit.id}` },
    h('h3', { id: `wb-machine-${unit.id}` }, t('workbench.machine.title')),
    article.machineTranslation
      ? h('p', {}, button(t('workbench.machine.button'), actions.machineDraft, { class: 'wb-machine' }), ' ', h('span', { class: 'wb-hint' }, article.machineTranslation))
      : h('p', { class: 'wb-hint' }, t('workbench.machine.off')),
    h('p', { class: 'wb-hint' }, t('workbench.machine.honest')),
  );

  return h('aside', { class: 'wb-helper', id: 'wb-helper', 'aria-label': t('workbench.helper.title', { id: unit.id }), tabindex: -1 }, selection, glossary, memory, machine);
}
