'use client';

import { useState } from 'react';
import type { Messages } from '@/lib/i18n/types';
import type { LexiconEntry } from '@/lib/lexicon/schema';
import { useTranslator } from '../use-translator';
import { savedWordFor, savedWordsStore, type ArticlePage } from '../word-cards/persistence';
import { sentenceContext } from './sentence-context';

// "Save all key words": every key word of the article, each with the sentence it first appears in,
// added to My words in one go (those already saved from that sentence are left as they are).

export interface KeyWord {
  word: string;
  pos: LexiconEntry['pos'];
  han: string;
  meaning: string;
  firstUnit: string;
}

export function SaveKeyWords({ locale, messages, page, words }: { locale: string; messages: Pick<Messages, 'study'>; page: ArticlePage; words: readonly KeyWord[] }) {
  const t = useTranslator(locale, messages);
  const [status, setStatus] = useState('');
  const saveAll = async () => {
    const [store, { mergeWords }] = await Promise.all([savedWordsStore(), import('@/lib/study/saved-words')]);
    const now = new Date();
    const candidates = words.flatMap((item) => {
      const sentence = sentenceContext(item.firstUnit);
      return sentence ? [savedWordFor({ word: item.word, pos: item.pos, han: item.han }, item.meaning, sentence, page, now)] : [];
    });
    const before = store.loadSavedWords();
    const after = mergeWords(before, candidates);
    if (!store.storeSavedWords(after).ok) {
      setStatus(t('study.notStored'));
      return;
    }
    setStatus(t('study.keyWordsSaved', { count: after.length - before.length }));
  };
  return (
    <p className="vocabulary-actions">
      <button type="button" onClick={() => void saveAll()}>
        {t('study.saveKeyWords')}
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}
