'use client';

import { useId, useSyncExternalStore } from 'react';

export const LAYOUTS = ['side-by-side', 'interlinear', 'vi', 'en'] as const;
export type ReaderLayout = (typeof LAYOUTS)[number];
const STORAGE_KEY = 'song-ngu:layout';
const CHANGED = 'song-ngu:layout-change';
const WIDE = '(min-width: 48rem)';

function isLayout(value: string | null): value is ReaderLayout {
  return LAYOUTS.some((layout) => layout === value);
}

function storedLayout(): ReaderLayout | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLayout(value) ? value : null;
  } catch {
    return null;
  }
}

/** The layout in force: the saved choice, else the responsive default for this screen. */
function currentLayout(): ReaderLayout {
  return storedLayout() ?? (window.matchMedia(WIDE).matches ? 'side-by-side' : 'interlinear');
}

function subscribe(onChange: () => void): () => void {
  const wide = window.matchMedia(WIDE);
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  wide.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
    wide.removeEventListener('change', onChange);
  };
}

function choose(layout: ReaderLayout): void {
  document.documentElement.setAttribute('data-layout', layout);
  try {
    window.localStorage.setItem(STORAGE_KEY, layout);
  } catch {
    // Storage can be unavailable (private mode, quota); the choice still applies to this page.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** The layout radio group. public/reader-prefs.js applies the saved choice before first paint. */
export function LayoutSwitch({ labels }: { labels: { legend: string } & Record<ReaderLayout, string> }) {
  const name = useId();
  const layout = useSyncExternalStore(subscribe, currentLayout, () => null);
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
