'use client';

import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'song-ngu:annotations';
const CHANGED = 'song-ngu:annotations-change';

function shown(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function set(visible: boolean): void {
  if (visible) document.documentElement.removeAttribute('data-annotations');
  else document.documentElement.setAttribute('data-annotations', 'off');
  try {
    window.localStorage.setItem(STORAGE_KEY, visible ? 'on' : 'off');
  } catch {
    // Without storage the choice lasts for this page only.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** Shows or hides the annotation marks; public/reader-prefs.js applies the saved choice before paint. */
export function AnnotationToggle({ label }: { label: string }) {
  const visible = useSyncExternalStore(subscribe, shown, () => null);
  return (
    <label className="annotation-toggle">
      <input type="checkbox" role="switch" checked={visible ?? true} disabled={visible === null} onChange={(event) => set(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
