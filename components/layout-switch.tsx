'use client';

import { useEffect, useId, useState } from 'react';

export const LAYOUTS = ['side-by-side', 'interlinear', 'vi', 'en'] as const;
export type ReaderLayout = (typeof LAYOUTS)[number];
const STORAGE_KEY = 'song-ngu:layout';
const WIDE = '(min-width: 48rem)';

function isLayout(value: string | null | undefined): value is ReaderLayout {
  return (LAYOUTS as readonly (string | null | undefined)[]).includes(value);
}

function storedLayout(): ReaderLayout | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLayout(value) ? value : null;
  } catch {
    return null;
  }
}

/** The layout radio group. public/reader-prefs.js applies the stored choice before first paint. */
export function LayoutSwitch({ labels }: { labels: { legend: string } & Record<ReaderLayout, string> }) {
  const name = useId();
  const [layout, setLayout] = useState<ReaderLayout | null>(null);

  useEffect(() => {
    setLayout(storedLayout() ?? (window.matchMedia(WIDE).matches ? 'side-by-side' : 'interlinear'));
  }, []);

  function choose(next: ReaderLayout) {
    setLayout(next);
    document.documentElement.dataset.layout = next;
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode, quota); the choice still applies to this page.
    }
  }

  return (
    <fieldset className="layout-switch" disabled={layout === null}>
      <legend>{labels.legend}</legend>
      {LAYOUTS.map((option) => (
        <label key={option} className="layout-option">
          <input type="radio" name={name} value={option} checked={layout === option} onChange={() => choose(option)} />
          <span>{labels[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
