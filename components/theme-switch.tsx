'use client';

import { useId, useSyncExternalStore } from 'react';

const THEMES = ['system', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
const STORAGE_KEY = 'song-ngu:theme';
const CHANGED = 'song-ngu:theme-change';

function isTheme(value: string | null): value is Theme {
  return THEMES.some((theme) => theme === value);
}

function storedTheme(): Theme {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isTheme(value) ? value : 'system';
  } catch {
    return 'system';
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

function choose(theme: Theme): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
  try {
    if (theme === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Without storage the choice lasts for this page only.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** Light, dark, or the system's choice; public/reader-prefs.js applies a saved choice before paint. */
export function ThemeSwitch({ labels }: { labels: { label: string } & Record<Theme, string> }) {
  const id = useId();
  const theme = useSyncExternalStore(subscribe, storedTheme, () => null);
  return (
    <span className="theme-switch">
      <label htmlFor={id}>{labels.label}</label>
      <select id={id} value={theme ?? 'system'} disabled={theme === null} onChange={(event) => isTheme(event.target.value) && choose(event.target.value)}>
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </span>
  );
}
