'use client';

import { useEffect, useRef, useState } from 'react';

// Enhances the permalinks (a[data-share]) that rehype-share-links puts on every sentence and block:
// a click copies the link, and offers the system share sheet where the browser has one. It also
// announces a deep-link arrival (…#s4) and moves focus there, so screen readers read the sentence.

export interface ShareActionsLabels {
  copied: string;
  copyFailed: string;
  share: string;
  arrivedSentence: string;
  arrivedBlock: string;
}

interface Status {
  message: string;
  url?: string;
  canShare?: boolean;
}

/** The fragment's id; a malformed one (…#%E0%A4) is no target rather than an error. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

function shareTarget(event: MouseEvent): HTMLAnchorElement | null {
  const target = event.target instanceof Element ? event.target.closest('a[data-share]') : null;
  return target instanceof HTMLAnchorElement ? target : null;
}

export function ShareActions({ labels }: { labels: ShareActionsLabels }) {
  const [status, setStatus] = useState<Status | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    function show(next: Status) {
      setStatus(next);
      window.clearTimeout(hideTimer.current);
      hideTimer.current = window.setTimeout(() => setStatus(null), 8000);
    }
    function onClick(event: MouseEvent) {
      const link = shareTarget(event);
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      const url = new URL(link.dataset.shareUrl ?? link.hash, window.location.href).href;
      navigator.clipboard.writeText(url).then(
        () => show({ message: labels.copied, url, canShare: typeof navigator.share === 'function' }),
        () => show({ message: labels.copyFailed, url, canShare: typeof navigator.share === 'function' }),
      );
    }
    function onArrival() {
      const id = fragmentId(window.location.hash);
      const target = id ? document.getElementById(id) : null;
      if (!target) return;
      const unit = target.matches('[data-align]');
      if (!unit && !target.matches('[data-block]')) return;
      if (!unit) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      show({ message: unit ? labels.arrivedSentence : labels.arrivedBlock });
    }
    document.addEventListener('click', onClick);
    window.addEventListener('hashchange', onArrival);
    onArrival();
    return () => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('hashchange', onArrival);
      window.clearTimeout(hideTimer.current);
    };
  }, [labels]);

  return (
    <div className="share-status" role="status">
      {status ? (
        <>
          <span>{status.message}</span>
          {status.url ? (
            <>
              <output className="share-url">{status.url}</output>
              {status.canShare ? (
                <button type="button" onClick={() => status.url && navigator.share({ url: status.url, title: document.title }).catch(() => undefined)}>
                  {labels.share}
                </button>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
