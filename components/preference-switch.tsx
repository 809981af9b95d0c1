'use client';

import { useSyncExternalStore } from 'react';

// A reader preference kept in localStorage ("song-ngu:<name>" = on | off) and mirrored on <html> as
// data-<name>, which CSS and the other components read. public/reader-prefs.js applies it before paint.
export type PreferenceName = 'annotations' | 'study' | 'selftest';

const CHANGED = 'song-ngu:preference-change';

export function readPreference(name: PreferenceName, defaultOn: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(`song-ngu:${name}`);
    return stored === null ? defaultOn : stored === 'on';
  } catch {
    return document.documentElement.dataset[name] === undefined ? defaultOn : document.documentElement.dataset[name] === 'on';
  }
}

export function setPreference(name: PreferenceName, on: boolean): void {
  document.documentElement.setAttribute(`data-${name}`, on ? 'on' : 'off');
  try {
    window.localStorage.setItem(`song-ngu:${name}`, on ? 'on' : 'off');
  } catch {
    // Without storage the choice lasts for this page only.
  }
  window.dispatchEvent(new CustomEvent(CHANGED, { detail: name }));
}

export function subscribePreferences(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

export function usePreference(name: PreferenceName, defaultOn: boolean): boolean | null {
  return useSyncExternalStore(
    subscribePreferences,
    () => readPreference(name, defaultOn),
    () => null,
  );
}

export function PreferenceSwitch({ name, label, defaultOn }: { name: PreferenceName; label: string; defaultOn: boolean }) {
  const on = usePreference(name, defaultOn);
  return (
    <label className={`preference-switch preference-${name}`}>
      <input type="checkbox" role="switch" checked={on ?? defaultOn} disabled={on === null} onChange={(event) => setPreference(name, event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
