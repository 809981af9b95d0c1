'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { documentListeners } from '@/lib/client/dom/document-listeners';
import { fragmentId } from '@/lib/client/dom/fragment';
import type { Messages } from '@/lib/i18n/types';
import { CLASS, DATA, SELECTOR } from '@/lib/render/contract';
import { cellText } from '@/lib/client/dom/cell-text';
import { storeSentence } from '../bulk-save/store-sentence';
import { useTranslator } from '../use-translator';
import type { ArticlePage } from '../word-cards/persistence';

// Enhances the permalinks (a[data-share]) that rehype-share-links puts on every sentence and block:
// a click copies the link, and offers the system share sheet where the browser has one. A tap on a
// sentence (touch: a phone has no gutter for the permalink) offers the same as an action bar: copy
// the link, share, listen, save the sentence for review. It also announces a deep-link arrival (…#s4) and moves focus there, so
// screen readers read the sentence.

/** How long a status message stays. */
const STATUS_TIMEOUT = 8000;

interface Status {
  message: string;
  url?: string;
  canShare?: boolean;
}

function shareTarget(event: MouseEvent): HTMLAnchorElement | null {
  const target = event.target instanceof Element ? event.target.closest(SELECTOR.shareLink) : null;
  return target instanceof HTMLAnchorElement ? target : null;
}

/** The unit a tap on its text chose, unless the tap was meant for a link, a control or (in study mode) a word. */
function tappedUnit(event: MouseEvent): Element | null {
  if (!(event instanceof PointerEvent) || event.pointerType !== 'touch' || !(event.target instanceof Element)) return null;
  const target = event.target;
  if (target.closest('a, button') || !target.closest(SELECTOR.articleBody)) return null;
  if (document.documentElement.getAttribute(DATA.study.name) === 'on' && target.closest(SELECTOR.viWord)) return null;
  return target.closest(SELECTOR.aligned)?.closest(SELECTOR.unit) ?? null;
}

/** The sentence a unit holds, in both languages, as the saved-sentence store keeps it. */
function sentenceOf(unit: Element): { unit: string; vietnamese: string; english: string } | null {
  const id = unit.getAttribute(DATA.unit.name);
  const vietnamese = unit.querySelector(SELECTOR.cellVi);
  if (!id || !vietnamese) return null;
  const english = document.querySelector(SELECTOR.englishCellFor(id));
  return { unit: id, vietnamese: cellText(vietnamese), english: english && !english.matches(`[${DATA.pending.name}]`) ? cellText(english) : '' };
}

function sentenceLink(unit: Element): HTMLAnchorElement | null {
  const link = unit.querySelector(SELECTOR.shareLink);
  return link instanceof HTMLAnchorElement ? link : null;
}

export function ShareActions({ locale, messages, page }: { locale: string; messages: Pick<Messages, 'shareActions'>; page: ArticlePage }) {
  const t = useTranslator(locale, messages);
  const [status, setStatus] = useState<Status | null>(null);
  const [tapped, setTapped] = useState<Element | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const bar = useRef<HTMLDivElement>(null);

  const show = useCallback((next: Status) => {
    setStatus(next);
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => setStatus(null), STATUS_TIMEOUT);
  }, []);

  const copy = useCallback(
    (link: HTMLAnchorElement) => {
      const url = new URL(link.dataset[DATA.shareUrl.key] ?? link.hash, window.location.href).href;
      navigator.clipboard.writeText(url).then(
        () => show({ message: t('shareActions.copied'), url, canShare: typeof navigator.share === 'function' }),
        () => show({ message: t('shareActions.copyFailed'), url, canShare: typeof navigator.share === 'function' }),
      );
    },
    [show, t],
  );

  useEffect(() => {
    function onClick(event: MouseEvent) {
      const unit = tappedUnit(event);
      if (unit) {
        setTapped(unit);
        return;
      }
      const link = shareTarget(event);
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      copy(link);
    }
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && bar.current?.contains(event.target)) return;
      setTapped(null);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') setTapped(null);
    }
    function onArrival() {
      const id = fragmentId(window.location.hash);
      const target = id ? document.getElementById(id) : null;
      if (!target) return;
      const unit = target.matches(SELECTOR.aligned);
      if (!unit && !target.matches(SELECTOR.block)) return;
      if (!unit) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      show({ message: unit ? t('shareActions.arrivedSentence') : t('shareActions.arrivedBlock') });
    }
    const listeners = documentListeners().on('click', onClick).on('pointerdown', onPointerDown).on('keydown', onKeyDown);
    window.addEventListener('hashchange', onArrival);
    onArrival();
    return () => {
      listeners.off();
      window.removeEventListener('hashchange', onArrival);
      window.clearTimeout(hideTimer.current);
    };
  }, [t, show, copy]);

  const tappedLink = tapped && sentenceLink(tapped);
  return (
    <>
      {tapped ? (
        <div ref={bar} className={CLASS.sentenceActions} role="group" aria-label={t('shareActions.sentenceActions')}>
          {tappedLink ? (
            <button
              type="button"
              onClick={() => {
                copy(tappedLink);
                setTapped(null);
              }}
            >
              {t('shareActions.copyLink')}
            </button>
          ) : null}
          {tappedLink && typeof navigator.share === 'function' ? (
            <button
              type="button"
              onClick={() => {
                const url = new URL(tappedLink.dataset[DATA.shareUrl.key] ?? tappedLink.hash, window.location.href).href;
                navigator.share({ url, title: document.title }).catch(() => undefined);
                setTapped(null);
              }}
            >
              {t('shareActions.share')}
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => {
              // Study tools listen for their per-sentence button, present (if hidden) in every unit.
              tapped.querySelector<HTMLElement>(SELECTOR.listenButton)?.click();
              setTapped(null);
            }}
          >
            <span aria-hidden="true">▶ </span>
            {t('shareActions.listen')}
          </button>
          <button
            type="button"
            onClick={() => {
              const sentence = sentenceOf(tapped);
              setTapped(null);
              if (!sentence) return;
              void storeSentence(sentence, page, new Date()).then((result) =>
                show({ message: result === 'saved' ? t('shareActions.sentenceSaved') : result === 'already-saved' ? t('shareActions.sentenceAlreadySaved') : t('shareActions.notStored') }),
              );
            }}
          >
            {t('shareActions.saveSentence')}
          </button>
          <button type="button" className={CLASS.toastClose} aria-label={t('shareActions.closeActions')} onClick={() => setTapped(null)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : null}
      <div className={CLASS.shareStatus} role="status">
        {status ? (
          <>
            <span>{status.message}</span>
            {status.url ? (
              <>
                <output className={CLASS.shareUrl}>{status.url}</output>
                {status.canShare ? (
                  <button type="button" onClick={() => status.url && navigator.share({ url: status.url, title: document.title }).catch(() => undefined)}>
                    {t('shareActions.share')}
                  </button>
                ) : null}
              </>
            ) : null}
            <button type="button" className={CLASS.toastClose} aria-label={t('shareActions.dismiss')} onClick={() => setStatus(null)}>
              <span aria-hidden="true">×</span>
            </button>
          </>
        ) : null}
      </div>
    </>
  );
}
