'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LexiconEntry } from '@/lib/lexicon/schema';
import type { Lexicon } from '@/lib/lexicon/segment';
import { senseText } from '@/lib/lexicon/sense';
import { UNSEGMENTED_TAGS } from '@/lib/render/contract';
import { sameOccurrence } from '@/lib/study/occurrence';
import type { SavedWord } from '@/lib/study/saved-words';
import { placeCard } from './card-position';
import { cellText } from './cell-text';
import { documentListeners } from './document-listeners';

// The store (and its schema) loads with the first card, not with the page.
const savedWordsStore = () => import('./saved-words-store');

// Study mode's word cards. A word (span.word in a Vietnamese cell) opens its card on click or tap,
// or on Enter once focused: Enter on a focused sentence steps into its words, the arrow keys move
// between them. The card shows the lexicon entry for the selection, which the reader can widen or
// narrow a syllable at a time, and saves the word with its sentence.

export interface WordCardLabels {
  /** The interface language the labels are in. */
  lang: string;
  word: string;
  fitsSentence: string;
  meanings: string;
  hanViet: string;
  note: string;
  widenLeft: string;
  widenRight: string;
  narrowLeft: string;
  narrowRight: string;
  noEntry: string;
  syllables: string;
  save: string;
  saved: string;
  savedStatus: string;
  removedStatus: string;
  loading: string;
  loadFailed: string;
  close: string;
  pos: Record<string, string>;
}

interface Syllable {
  node: Text;
  start: number;
  end: number;
  text: string;
  /** Syllables of one run have only spaces between them: a selection never crosses runs. */
  run: number;
}

interface Selection {
  cell: HTMLElement;
  syllables: Syllable[];
  from: number;
  to: number;
  /** The word span it started from, which gets focus back on close. */
  origin: HTMLElement;
  sense: number | null;
}

const SKIPPED = UNSEGMENTED_TAGS.join(', ');
const HIGHLIGHT = 'word-selection';

function isStudyMode(): boolean {
  return document.documentElement.dataset.study === 'on';
}

/** The cell's syllables in order, outside mentions and controls. */
function cellSyllables(cell: HTMLElement): Syllable[] {
  const syllables: Syllable[] = [];
  // What lies between this syllable and the last: punctuation or a skipped element ends a run.
  let gap = '';
  let run = 0;
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      if (node instanceof Element && node.matches(SKIPPED)) {
        gap += '|';
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue;
    let last = 0;
    for (const match of node.data.matchAll(/[\p{L}\p{M}]+/gu)) {
      gap += node.data.slice(last, match.index);
      if (syllables.length && /\S/.test(gap)) run += 1;
      gap = '';
      syllables.push({ node, start: match.index, end: match.index + match[0].length, text: match[0], run });
      last = match.index + match[0].length;
    }
    gap += node.data.slice(last);
  }
  return syllables;
}

function selectionText(selection: Selection): string {
  return selection.syllables
    .slice(selection.from, selection.to)
    .map((syllable) => syllable.text)
    .join(' ');
}

function selectionRange(selection: Selection): Range | null {
  const first = selection.syllables[selection.from];
  const last = selection.syllables[selection.to - 1];
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}

function selectionFor(span: HTMLElement): Selection | null {
  const cell = span.closest<HTMLElement>('.cell-vi');
  if (!cell) return null;
  const syllables = cellSyllables(cell);
  const inside = syllables.map((syllable, index) => (span.contains(syllable.node) ? index : -1)).filter((index) => index >= 0);
  const from = inside[0];
  const last = inside.at(-1);
  if (from === undefined || last === undefined) return null;
  const sense = Number(span.dataset.sense ?? 0);
  return { cell, syllables, from, to: last + 1, origin: span, sense: Number.isFinite(sense) ? sense : 0 };
}

type SegmentModule = typeof import('@/lib/lexicon/segment');
interface LoadedLexicon {
  lexicon: Lexicon;
  lookup: SegmentModule['lookup'];
  senseIndexFor: SegmentModule['senseIndexFor'];
}

let lexiconPromise: Promise<LoadedLexicon> | null = null;

// Loaded on first use, so the reader pays for the lexicon only in study mode.
function loadLexicon(): Promise<LoadedLexicon> {
  lexiconPromise ??= (async () => {
    const [{ LEXICON_PATH, parseLexiconData }, { buildLexicon, lookup, senseIndexFor }] = await Promise.all([import('@/lib/lexicon/data'), import('@/lib/lexicon/segment')]);
    const response = await fetch(LEXICON_PATH);
    if (!response.ok) throw new Error(`${LEXICON_PATH}: ${response.status}`);
    return { lexicon: buildLexicon(parseLexiconData(await response.json())), senseIndexFor, lookup };
  })();
  lexiconPromise.catch(() => {
    lexiconPromise = null;
  });
  return lexiconPromise;
}

function occurrence(entry: LexiconEntry, selection: Selection, meaning: string, page: ArticlePage): SavedWord {
  const unit = selection.cell.dataset.align ?? '';
  const english = document.querySelector(`.cell-en[data-align="${CSS.escape(unit)}"]`);
  return {
    word: entry.word,
    pos: entry.pos,
    meaning,
    han: entry.han ?? '',
    sentenceVi: cellText(selection.cell),
    sentenceEn: english ? cellText(english) : '',
    article: page.slug,
    unit,
    link: `${page.path}#${unit}`,
    savedAt: new Date().toISOString(),
  };
}

/** The article the cards are on: its slug and its path in this interface language. */
export interface ArticlePage {
  slug: string;
  path: string;
}

export function WordCards({ labels, page }: { labels: WordCardLabels; page: ArticlePage }) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const [loaded, setLoaded] = useState<LoadedLexicon | 'loading' | 'failed'>('loading');
  const [savedWords, setSavedWords] = useState<SavedWord[]>([]);
  const [status, setStatus] = useState('');
  const cardRef = useRef<HTMLDivElement>(null);
  const selectionRef = useRef<Selection | null>(null);
  const focusCard = useRef(false);

  const close = useCallback((returnFocus: boolean) => {
    const current = selectionRef.current;
    selectionRef.current = null;
    setSelection(null);
    if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
    if (returnFocus && current) {
      current.origin.tabIndex = -1;
      current.origin.focus({ preventScroll: true });
    }
  }, []);

  const open = useCallback((span: HTMLElement) => {
    const next = selectionFor(span);
    if (!next) return;
    focusCard.current = true;
    selectionRef.current = next;
    setSelection(next);
    setStatus('');
    void savedWordsStore().then((store) => setSavedWords(store.loadSavedWords()));
    loadLexicon().then(setLoaded, () => setLoaded('failed'));
  }, []);

  const change = useCallback((from: number, to: number) => {
    const current = selectionRef.current;
    if (!current) return;
    const next = { ...current, from, to, sense: null };
    selectionRef.current = next;
    focusCard.current = false;
    setSelection(next);
  }, []);

  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!selection || !card) return;
    const range = selectionRange(selection);
    if (range && 'highlights' in CSS) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    placeCard(card, () => range?.getBoundingClientRect() ?? selection.origin.getBoundingClientRect());
    // Focus moves to the card once, when it opens: not again when the lexicon arrives.
    if (focusCard.current) card.focus({ preventScroll: true });
    focusCard.current = false;
  }, [selection, loaded]);

  useEffect(() => {
    const wordOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.cell-vi .word') : null);
    const inCard = (target: EventTarget | null) => target instanceof Node && Boolean(cardRef.current?.contains(target));
    const step = (word: HTMLElement, by: number | 'first' | 'last') => {
      const cell = word.closest('.cell-vi');
      const words = cell ? Array.from(cell.querySelectorAll<HTMLElement>('.word')) : [];
      const index = by === 'first' ? 0 : by === 'last' ? words.length - 1 : words.indexOf(word) + by;
      const next = words[index];
      if (!next) return;
      next.tabIndex = -1;
      next.focus();
    };

    const onClick = (event: MouseEvent) => {
      if (!isStudyMode() || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const word = wordOf(event.target);
      if (!word) return;
      event.preventDefault();
      open(word);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && selectionRef.current) {
        event.preventDefault();
        close(true);
        return;
      }
      if (!isStudyMode() || !(event.target instanceof HTMLElement)) return;
      const target = event.target;
      if (target.matches('.cell-vi') && (event.key === 'Enter' || event.key === 'ArrowRight')) {
        const first = target.querySelector<HTMLElement>('.word');
        if (!first) return;
        event.preventDefault();
        step(first, 'first');
        return;
      }
      if (!target.matches('.cell-vi .word')) return;
      const moves: Record<string, number | 'first' | 'last'> = { ArrowRight: 1, ArrowLeft: -1, Home: 'first', End: 'last' };
      const move = moves[event.key];
      if (move !== undefined) {
        event.preventDefault();
        step(target, move);
      } else if (event.key === 'Enter' || event.key === ' ') {
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
  const text = selectionText(selection);
  const ready = typeof loaded === 'object' ? loaded : null;
  const entry = ready?.lookup(ready.lexicon, text);
  const senseIndex = entry ? (selection.sense ?? ready?.senseIndexFor(entry, cellText(selection.cell)) ?? 0) : 0;
  const senses = entry ? [entry.senses[senseIndex], ...entry.senses.filter((_, index) => index !== senseIndex)].filter((sense) => sense !== undefined) : [];
  const firstSyllable = selection.syllables[selection.from];
  const lastSyllable = selection.syllables[selection.to - 1];
  const before = selection.syllables[selection.from - 1];
  const after = selection.syllables[selection.to];
  const canWidenLeft = Boolean(before && firstSyllable && before.run === firstSyllable.run);
  const canWidenRight = Boolean(after && lastSyllable && after.run === lastSyllable.run);
  const canNarrow = selection.to - selection.from > 1;
  const meaning = senses[0] ? senseText(senses[0]) : '';
  const candidate = entry ? occurrence(entry, selection, meaning, page) : null;
  const isSaved = candidate ? savedWords.some((word) => sameOccurrence(word, candidate)) : false;

  const toggleSave = async () => {
    if (!candidate) return;
    const store = await savedWordsStore();
    const current = store.loadSavedWords();
    const next = isSaved ? current.filter((word) => !sameOccurrence(word, candidate)) : [...current, candidate];
    store.storeSavedWords(next);
    setSavedWords(next);
    setStatus((isSaved ? labels.removedStatus : labels.savedStatus).replace('{{word}}', candidate.word));
  };

  return createPortal(
    <div
      ref={cardRef}
      role="dialog"
      aria-modal="false"
      aria-labelledby="word-card-title"
      tabIndex={-1}
      className="annotation-card word-card"
      style={{ visibility: 'hidden' }}
    >
      <p className="card-type">{labels.word}</p>
      <p className="card-heading" id="word-card-title" lang="vi">
        {entry?.word ?? text}
      </p>
      <p className="word-resize">
        <button type="button" disabled={!canWidenLeft} aria-label={labels.widenLeft} title={labels.widenLeft} onClick={() => change(selection.from - 1, selection.to)}>
          <span aria-hidden="true">+‹</span>
        </button>
        <button type="button" disabled={!canNarrow} aria-label={labels.narrowLeft} title={labels.narrowLeft} onClick={() => change(selection.from + 1, selection.to)}>
          <span aria-hidden="true">−‹</span>
        </button>
        <button type="button" disabled={!canNarrow} aria-label={labels.narrowRight} title={labels.narrowRight} onClick={() => change(selection.from, selection.to - 1)}>
          <span aria-hidden="true">›−</span>
        </button>
        <button type="button" disabled={!canWidenRight} aria-label={labels.widenRight} title={labels.widenRight} onClick={() => change(selection.from, selection.to + 1)}>
          <span aria-hidden="true">›+</span>
        </button>
      </p>
      {loaded === 'loading' ? <p>{labels.loading}</p> : null}
      {loaded === 'failed' ? <p>{labels.loadFailed}</p> : null}
      {ready && !entry ? (
        <>
          <p>{labels.noEntry.replace('{{word}}', text)}</p>
          <p className="card-type">{labels.syllables}</p>
          <ul className="word-syllables">
            {selection.syllables.slice(selection.from, selection.to).map((syllable) => {
              const part = ready.lookup(ready.lexicon, syllable.text);
              return (
                <li key={`${syllable.run}-${syllable.start}-${syllable.text}`}>
                  <span lang="vi">{syllable.text}</span>
                  {part?.senses[0] ? <span lang="en">{` · ${senseText(part.senses[0])}`}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {entry ? (
        <>
          <p className="card-type">{labels.pos[entry.pos] ?? entry.pos}</p>
          <p className="card-type">{labels.meanings}</p>
          <ol className="word-senses" lang="en">
            {senses.map((sense, index) => (
              <li key={senseText(sense)}>
                {senseText(sense)}
                {index === 0 ? (
                  <span className="word-fit" lang={labels.lang}>
                    {` · ${labels.fitsSentence}`}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
          {entry.han && entry.morphemes ? (
            <>
              <p className="card-type">{labels.hanViet}</p>
              <p className="word-han" lang="zh-Hant">
                {entry.han}
              </p>
              <ul className="word-morphemes">
                {entry.morphemes.map((part) => (
                  <li key={`${part.syllable}-${part.han}`}>
                    <span lang="vi">{part.syllable}</span> <span lang="zh-Hant">{part.han}</span> <span lang="en">{part.gloss}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {entry.note ? (
            <p className="word-note">
              <span className="card-type">{labels.note}</span> <span lang="en">{entry.note}</span>
            </p>
          ) : null}
          <p className="word-actions">
            <button type="button" aria-pressed={isSaved} onClick={() => void toggleSave()}>
              {isSaved ? labels.saved : labels.save}
            </button>
          </p>
        </>
      ) : null}
      <p className="word-status" role="status">
        {status}
      </p>
      <button type="button" className="card-close" onClick={() => close(true)}>
        {labels.close}
      </button>
    </div>,
    document.body,
  );
}
