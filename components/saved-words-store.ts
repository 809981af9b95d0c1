// The learner's store in localStorage: saved words and sentences, review cards, word states, the
// daily tally (lib/study/study-data.ts). A damaged store is set aside under its own key (never lost,
// never a crash) and reading starts again from an empty list; one that cannot be set aside stays
// untouched until the learner downloads it. A failed write is reported, never claimed as saved.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { CHANGE_EVENT, STORAGE_KEY } from '@/lib/client/storage-keys';
import { persistStudyData, readStore, recoverStore, writeStore, type SavedWord, type StoreNotice, type WriteResult } from '@/lib/study/saved-words';
import { emptyStudyData, type StudyData } from '@/lib/study/study-model';

export const SAVED_WORDS_KEY = STORAGE_KEY.savedWords;
const CHANGED = CHANGE_EVENT.savedWords;

export type { StoreNotice };

// What the last recovery found, for the page to report.
let lastNotice: StoreNotice = null;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(SAVED_WORDS_KEY);
  } catch {
    return null;
  }
}

/** The learner's data, after setting a damaged store aside or upgrading an older one. */
export function loadStudyData(): StudyData {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return emptyStudyData();
  }
  const { data, notice } = recoverStore(storage, SAVED_WORDS_KEY, STORAGE_KEY.damagedSavedWords(new Date().toISOString()));
  if (notice) {
    lastNotice = notice;
    window.dispatchEvent(new Event(CHANGED));
  }
  return data;
}

/** The saved words, after setting a damaged store aside or upgrading an older one. */
export function loadSavedWords(): SavedWord[] {
  return loadStudyData().words;
}

/** The learner's data (null until the browser's store is read) and what recovering it found. */
export function useStudyData(): { data: StudyData | null; notice: StoreNotice } {
  const raw = useSyncExternalStore(onSavedWordsChange, () => readRaw() ?? '', () => null);
  const notice = useSyncExternalStore(onSavedWordsChange, () => lastNotice, () => null);
  useEffect(() => void loadStudyData(), []);
  const data = useMemo(() => (raw === null ? null : readStore(raw).data), [raw]);
  return { data, notice };
}

/** The saved words (null until the browser's store is read) and what recovering it found. */
export function useSavedWords(): { words: SavedWord[] | null; notice: StoreNotice } {
  const { data, notice } = useStudyData();
  return { words: data?.words ?? null, notice };
}

export function storeStudyData(data: StudyData): WriteResult {
  let result: WriteResult;
  try {
    result = persistStudyData(window.localStorage, SAVED_WORDS_KEY, data, STORAGE_KEY.damagedSavedWords(new Date().toISOString()));
  } catch {
    result = { ok: false, reason: 'unavailable' };
  }
  if (!result.ok && result.reason !== 'damaged-not-kept') lastNotice = { kind: 'write-failed', reason: result.reason };
  window.dispatchEvent(new Event(CHANGED));
  return result;
}

/** Replaces the saved words, keeping the rest of the learner's data (cards of removed words go with them). */
export function storeSavedWords(words: readonly SavedWord[]): WriteResult {
  return storeStudyData({ ...loadStudyData(), words: [...words] });
}

/** After the learner has downloaded a damaged store that could not be kept, the list may start again. */
export function releaseDamagedStore(): WriteResult {
  try {
    window.localStorage.setItem(SAVED_WORDS_KEY, writeStore(emptyStudyData()));
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  lastNotice = null;
  window.dispatchEvent(new Event(CHANGED));
  return { ok: true };
}

export function onSavedWordsChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', listener);
  };
}
