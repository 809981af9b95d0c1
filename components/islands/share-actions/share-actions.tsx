'use client';

import { useEffect, useRef, useState } from 'react';
import { fragmentId } from '@/lib/client/dom/fragment';
import type { Messages } from '@/lib/i18n/types';
import { CLASS, DATA, SELECTOR } from '@/lib/render/contract';
import { useTranslator } from '../use-translator';

// Enhances the permalinks (a[data-share]) that rehype-share-links puts on every sentence and block:
// a click copies the link, and offers the system share sheet where the browser has one. It also
// announces a deep-link arrival (…#s4) and moves focus there, so screen readers read the sentence.

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

export function ShareActions({ locale, messages }: { locale: string; messages: Pick<Messages, 'shareActions'> }) {
  const t = useTranslator(locale, messages);
  const [status, setStatus] = useState<Status | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    function show(next: Status) {
      setStatus(next);
      window.clearTimeout(hideTimer.current);
      hideTimer.current = window.setTimeout(() => setStatus(null), STATUS_TIMEOUT);
    }
    function onClick(event: MouseEvent) {
      const link = shareTarget(event);
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      const url = new URL(link.dataset[DATA.shareUrl.key] ?? link.hash, window.location.href).href;
      navigator.clipboard.writeText(url).then(
        () => show({ message: t('shareActions.copied'), url, canShare: typeof navigator.share === 'function' }),
        () => show({ message: t('shareActions.copyFailed'), url, canShare: typeof navigator.share === 'function' }),
      );
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
    document.addEventListener('click', onClick);
    window.addEventListener('hashchange', onArrival);
    onArrival();
    return () => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('hashchange', onArrival);
      window.clearTimeout(hideTimer.current);
    };
  }, [t]);

  return (
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
        </>
      ) : null}
    </div>
  );
}
