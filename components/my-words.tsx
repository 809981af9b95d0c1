'use client';

import { useState } from 'react';
import type { Messages } from '@/lib/i18n/types';
import { sameOccurrence } from '@/lib/study/occurrence';
import { fromCsv, IMPORT_LIMITS, ImportError, mergeWords, toAnki, toCsv, type SavedWord } from '@/lib/study/saved-words';
import { emptyStudyData } from '@/lib/study/study-model';
import { exportStudyData, importStudyData, mergeStudyData, STATE_IMPORT_LIMIT_BYTES } from '@/lib/study/study-export';
import { loadStudyData, releaseDamagedStore, storeSavedWords, storeStudyData, useSavedWords } from './saved-words-store';
import { useTranslator } from './islands/use-translator';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The saved words from the browser's store: list, remove, export (CSV, Anki), import, clear. */
export function MyWords({ locale, messages }: { locale: string; messages: Pick<Messages, 'myWords'> }) {
  const t = useTranslator(locale, messages);
  const { words, notice } = useSavedWords();
  const [status, setStatus] = useState('');

  if (words === null) return null;
  const update = (next: SavedWord[]) => storeSavedWords(next);
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    // Capped before reading: a 10 MB file once froze the page and then stored nothing.
    if (file.size > IMPORT_LIMITS.bytes) {
      setStatus(t('myWords.importFailed', { reason: `the file is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB; split it` }));
      return;
    }
    try {
      const incoming = fromCsv(await file.text());
      const saved = update(mergeWords(words, incoming));
      // Only what was really stored is reported as imported.
      setStatus(saved.ok ? t('myWords.imported', { count: incoming.length }) : saved.reason === 'damaged-not-kept' ? t('myWords.damagedNotKept') : t('myWords.storageFull'));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      setStatus(t('myWords.importFailed', { reason: error.message }));
    }
  };
  // The whole state (words, sentences, review schedules, word states, the daily tally) as one file.
  const onImportAll = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > STATE_IMPORT_LIMIT_BYTES) {
      setStatus(t('myWords.importFailed', { reason: `the file is larger than ${STATE_IMPORT_LIMIT_BYTES / 1024 / 1024} MB` }));
      return;
    }
    try {
      const incoming = importStudyData(await file.text());
      const saved = storeStudyData(mergeStudyData(loadStudyData(), incoming));
      setStatus(saved.ok ? t('myWords.importedAll', { count: incoming.words.length }) : saved.reason === 'damaged-not-kept' ? t('myWords.damagedNotKept') : t('myWords.storageFull'));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      setStatus(t('myWords.importFailed', { reason: error.message }));
    }
  };
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <>
      {notice?.kind === 'damaged' ? <p className="my-words-notice">{t('myWords.damaged', { key: notice.key })}</p> : null}
      {notice?.kind === 'damaged-not-kept' ? (
        <p className="my-words-notice">
          {t('myWords.damagedNotKept')}{' '}
          <button
            type="button"
            onClick={() => {
              download(`song-ngu-words-damaged-${stamp}.json`, 'application/json', notice.raw);
              releaseDamagedStore();
            }}
          >
            {t('myWords.downloadDamaged')}
          </button>
        </p>
      ) : null}
      {notice?.kind === 'write-failed' ? <p className="my-words-notice">{t('myWords.storageFull')}</p> : null}
      {notice?.kind === 'migrated' ? <p className="my-words-notice">{t('myWords.migrated')}</p> : null}
      <p>{words.length ? t('myWords.count', { count: words.length }) : t('myWords.empty')}</p>
      <div className="my-words-actions">
        <button type="button" disabled={!words.length} onClick={() => download(`song-ngu-words-${stamp}.csv`, 'text/csv;charset=utf-8', toCsv(words))}>
          {t('myWords.exportCsv')}
        </button>
        <button
          type="button"
          disabled={!words.length}
          onClick={() => download(`song-ngu-anki-${stamp}.txt`, 'text/tab-separated-values;charset=utf-8', toAnki(words, window.location.origin))}
        >
          {t('myWords.exportAnki')}
        </button>
        <label className="file-button">
          {t('myWords.importFile')}
          <input type="file" accept=".csv,text/csv" onChange={(event) => void onImport(event.target.files?.[0]).finally(() => (event.target.value = ''))} />
        </label>
        <button type="button" onClick={() => download(`song-ngu-study-${stamp}.json`, 'application/json', exportStudyData(loadStudyData()))}>
          {t('myWords.exportAll')}
        </button>
        <label className="file-button">
          {t('myWords.importAll')}
          <input type="file" accept=".json,application/json" onChange={(event) => void onImportAll(event.target.files?.[0]).finally(() => (event.target.value = ''))} />
        </label>
        <button
          type="button"
          disabled={!words.length}
          onClick={() => {
            if (window.confirm(t('myWords.clearConfirm'))) storeStudyData(emptyStudyData());
          }}
        >
          {t('myWords.clear')}
        </button>
      </div>
      <p role="status">{status}</p>
      <ul className="my-words-list">
        {words.map((word) => (
          <li key={`${word.word}|${word.article}|${word.unit}`}>
            <span>
              <span className="my-words-word" lang="vi">
                {word.word}
              </span>{' '}
              {word.han ? <span lang="zh-Hant">{word.han}</span> : null} <span lang="en">{word.meaning}</span>
            </span>
            <span lang="vi">{word.sentenceVi}</span>
            {word.sentenceEn ? (
              <span className="my-words-en" lang="en">
                {word.sentenceEn}
              </span>
            ) : null}
            <span className="my-words-links">
              <a href={word.link}>{t('myWords.openSentence')}</a>{' '}
              <button type="button" aria-label={`${t('myWords.remove')}: ${word.word}`} onClick={() => update(words.filter((other) => !sameOccurrence(other, word)))}>
                {t('myWords.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
