// The saved words in localStorage. A damaged store is set aside under its own key (never lost,
// never a crash) and reading starts again from an empty list.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { readStore, writeStore, type SavedWord } from '@/lib/study/saved-words';

export const SAVED_WORDS_KEY = 'song-ngu:saved-words';
const CHANGED = 'song-ngu:saved-words-change';

export type StoreNotice = { kind: 'damaged'; key: string } | { kind: 'migrated' } | null;

// What the last recovery found, for the page to report.
let lastNotice: StoreNotice = null;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(SAVED_WORDS_KEY);
  } catch {
    return null;
  }
}

/** The saved words, after setting a damaged store aside or upgrading an older one. */
export function loadSavedWords(): SavedWord[] {
  const raw = readRaw();
  const reading = readStore(raw);
  if (reading.status === 'damaged' && raw !== null) {
    const key = `${SAVED_WORDS_KEY}:damaged:${new Date().toISOString()}`;
    try {
      window.localStorage.setItem(key, raw);
    } catch {
      // Storage full or blocked: the damaged copy cannot be kept, but the list still recovers.
    }
    lastNotice = { kind: 'damaged', key };
    storeSavedWords([]);
  } else if (reading.status === 'migrated') {
    lastNotice = { kind: 'migrated' };
    storeSavedWords(reading.words);
  }
  return reading.words;
}

/** The saved words (null until the browser's store is read) and what recovering it found. */
export function useSavedWords(): { words: SavedWord[] | null; notice: StoreNotice } {
  const raw = useSyncExternalStore(onSavedWordsChange, () => readRaw() ?? '', () => null);
  const notice = useSyncExternalStore(onSavedWordsChange, () => lastNotice, () => null);
  useEffect(() => void loadSavedWords(), []);
  const words = useMemo(() => (raw === null ? null : readStore(raw).words), [raw]);
  return { words, notice };
}

export function storeSavedWords(words: readonly SavedWord[]): void {
  try {
    window.localStorage.setItem(SAVED_WORDS_KEY, writeStore(words));
  } catch {
    // Without storage nothing persists; the page keeps its own copy.
  }
  window.dispatchEvent(new Event(CHANGED));
}

export function onSavedWordsChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', listener);
  };
}
