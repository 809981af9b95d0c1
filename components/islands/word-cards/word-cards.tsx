'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { cellText } from '@/lib/client/dom/cell-text';
import { documentListeners } from '@/lib/client/dom/document-listeners';
import { senseText } from '@/lib/lexicon/sense';
import { CLASS, DATA, SELECTOR } from '@/lib/render/contract';
import { sameOccurrence } from '@/lib/study/occurrence';
import type { SavedWord } from '@/lib/study/saved-words';
import { SaveSentence } from '../bulk-save/save-sentence';
import { CardShell } from '../cards/card-shell';
import { speak, vietnameseVoice } from '../study-tools/speech';
import { useTranslator } from '../use-translator';
import { anchorFor, rangeOf, type Anchor } from './anchoring';
import { highlightSelection } from './highlight';
import { keyAction, moveIndex, type KeyTarget, type WordMove } from './keyboard';
import { loadLexicon, sensesFitFirst, type LoadedLexicon } from './lexicon-client';
import { savedWordFor, savedWordsStore, toggleSaved, type ArticlePage } from './persistence';
import { resizeOptions, spanText, type SyllableSpan } from './syllables';
import { WORD_CARD_TITLE_ID, WordCardView, type WordCardMessages } from './word-card-view';

export type { ArticlePage } from './persistence';

// Study mode's word cards. A word (span.word in a Vietnamese cell) opens its card on click or tap,
// or from the keyboard (keyboard.ts). The card shows the lexicon entry for the selection, which the
// reader can widen or narrow a syllable at a time (syllables.ts), and saves the word with its
// sentence (persistence.ts). This module holds the state and the page's events; the card's content
// is word-card-view.tsx, its dialog and placement the shell shared with annotation cards.

interface Selection extends Anchor {
  /** The sense the page marked as fitting (data-sense); null once the reader resizes the selection. */
  sense: number | null;
  /** Counts openings: focus moves into the card once per opening. */
  opening: number;
}

/** Study mode as this page shows it (the attribute CSS reads), which the store mirrors. */
function isStudyMode(): boolean {
  return document.documentElement.getAttribute(DATA.study.name) === 'on';
}

function keyTarget(target: HTMLElement): KeyTarget {
  if (target.matches(SELECTOR.cellVi)) return 'cell';
  return target.matches(SELECTOR.viWord) ? 'word' : 'other';
}

/** Moves focus among the words of a sentence. */
function focusWord(word: HTMLElement, move: WordMove): void {
  const cell = word.closest(SELECTOR.cellVi);
  const words = cell ? Array.from(cell.querySelectorAll<HTMLElement>(SELECTOR.word)) : [];
  const index = moveIndex(words.indexOf(word), words.length, move);
  const next = index === null ? undefined : words[index];
  if (!next) return;
  next.tabIndex = -1;
  next.focus();
}

export function WordCards({ locale, messages, page }: { locale: string; messages: WordCardMessages; page: ArticlePage }) {
  const t = useTranslator(locale, messages);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [lexicon, setLexicon] = useState<LoadedLexicon | 'loading' | 'failed'>('loading');
  const [savedWords, setSavedWords] = useState<SavedWord[]>([]);
  const [status, setStatus] = useState('');
  const cardRef = useRef<HTMLDivElement>(null);
  const selectionRef = useRef<Selection | null>(null);
  const openings = useRef(0);

  const select = useCallback((next: Selection | null) => {
    selectionRef.current = next;
    setSelection(next);
    highlightSelection(next ? rangeOf(next) : null);
  }, []);

  const close = useCallback(
    (returnFocus: boolean) => {
      const current = selectionRef.current;
      select(null);
      if (returnFocus && current) {
        current.origin.tabIndex = -1;
        current.origin.focus({ preventScroll: true });
      }
    },
    [select],
  );

  const open = useCallback(
    (word: HTMLElement) => {
      const anchor = anchorFor(word);
      if (!anchor) return;
      const sense = Number(word.dataset[DATA.sense.key] ?? 0);
      openings.current += 1;
      select({ ...anchor, sense: Number.isFinite(sense) ? sense : 0, opening: openings.current });
      setStatus('');
      void savedWordsStore().then((store) => setSavedWords(store.loadSavedWords()));
      loadLexicon(page.slug).then(setLexicon, () => setLexicon('failed'));
    },
    [select, page.slug],
  );

  const resize = useCallback(
    (span: SyllableSpan) => {
      const current = selectionRef.current;
      if (current) select({ ...current, ...span, sense: null });
    },
    [select],
  );

  useEffect(() => {
    const wordOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(SELECTOR.viWord) : null);
    const inCard = (target: EventTarget | null) => target instanceof Node && Boolean(cardRef.current?.contains(target));

    const onClick = (event: MouseEvent) => {
      if (!isStudyMode() || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const word = wordOf(event.target);
      if (!word) return;
      event.preventDefault();
      open(word);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = keyAction(event.key, target ? keyTarget(target) : 'other', { cardOpen: selectionRef.current !== null, studyMode: isStudyMode() });
      if (!action) return;
      if (action.kind === 'close') {
        event.preventDefault();
        close(true);
        return;
      }
      if (!target) return;
      if (action.kind === 'enter-words') {
        const first = target.querySelector<HTMLElement>(SELECTOR.word);
        if (!first) return;
        event.preventDefault();
        focusWord(first, 'first');
      } else if (action.kind === 'move') {
        event.preventDefault();
        focusWord(target, action.move);
      } else {
        event.preventDefault();
        open(target);
      }
    };
    const onPointerDown = (event: PointerEvent) => {
      if (selectionRef.current && !inCard(event.target) && !wordOf(event.target)) close(false);
    };
    return documentListeners().on('click', onClick).on('keydown', onKeyDown).on('pointerdown', onPointerDown).off;
  }, [open, close]);

  if (!selection) return null;
  const text = spanText(selection.syllables, selection);
  const ready = typeof lexicon === 'object' ? lexicon : null;
  const entry = ready?.lookup(text);
  const sentence = cellText(selection.cell);
  const fitting = entry && ready ? (selection.sense ?? ready.senseIndexFor(entry, sentence)) : 0;
  const senses = entry ? sensesFitFirst(entry, fitting) : [];
  const unit = selection.cell.dataset[DATA.align.key] ?? '';
  const englishCell = document.querySelector(SELECTOR.englishCellFor(unit));
  const english = englishCell && !englishCell.matches(`[${DATA.pending.name}]`) ? cellText(englishCell) : '';
  const candidate = entry ? savedWordFor(entry, senses[0] ? senseText(senses[0]) : '', { unit, vietnamese: sentence, english }, page, new Date()) : null;
  const isSaved = candidate ? savedWords.some((word) => sameOccurrence(word, candidate)) : false;

  const onToggleSave = async () => {
    if (!candidate) return;
    const store = await savedWordsStore();
    const next = toggleSaved(store.loadSavedWords(), candidate);
    // Say "saved" only when it was: a full or blocked storage is reported, and the card keeps
    // showing what is really stored.
    if (!store.storeSavedWords(next.words).ok) {
      setStatus(t('wordCard.notStoredStatus'));
      return;
    }
    setSavedWords(next.words);
    setStatus(next.saved ? t('wordCard.savedStatus', { word: candidate.word }) : t('wordCard.removedStatus', { word: candidate.word }));
  };

  const onListen = async () => {
    const result = await vietnameseVoice();
    if ('missing' in result) setStatus(result.missing === 'voice' ? t('wordCard.noVoice') : t('wordCard.noSpeech'));
    else await speak(text, result.voice);
  };

  return (
    <CardShell
      cardRef={cardRef}
      titleId={WORD_CARD_TITLE_ID}
      className={CLASS.wordCard}
      anchorBox={() => rangeOf(selection)?.getBoundingClientRect() ?? selection.origin.getBoundingClientRect()}
      sentenceBox={() => selection.cell.getBoundingClientRect()}
      placementKey={`${selection.opening}:${selection.from}:${selection.to}:${typeof lexicon === 'string' ? lexicon : 'ready'}`}
      focusKey={selection.opening}
      closeLabel={t('cards.close')}
      onClose={() => close(true)}
    >
      <WordCardView
        t={t}
        locale={locale}
        text={text}
        syllables={selection.syllables.slice(selection.from, selection.to)}
        span={selection}
        resize={resizeOptions(selection.syllables, selection)}
        onResize={resize}
        lexicon={lexicon}
        entry={entry}
        senses={senses}
        isSaved={isSaved}
        onToggleSave={() => void onToggleSave()}
        status={status}
        onStatus={setStatus}
        sentenceEnglish={english}
        onListen={() => void onListen()}
      />
      <SaveSentence t={t} sentence={{ unit, vietnamese: sentence, english }} page={page} onStatus={setStatus} />
    </CardShell>
  );
}
