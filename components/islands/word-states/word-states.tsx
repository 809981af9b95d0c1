'use client';

import { useEffect, useState } from 'react';
import type { Messages } from '@/lib/i18n/types';
import { CLASS, DATA, SELECTOR } from '@/lib/render/contract';
import { CHANGE_EVENT } from '@/lib/client/storage-keys';
import { hasStoredStudyData } from '@/lib/client/stored-study-data';
import { readPreference, subscribePreferences } from '@/lib/client/preferences/store';
import { WORD_STATES } from '@/lib/study/study-model';
import { useTranslator } from '../use-translator';

// The learner's word states on an article: each word the page contract marks (a lexicon entry in a
// Vietnamese sentence) gets its state's class, which study mode tints (styles.css: learning words,
// and new ones when the reader asks); and the article says how many of its words the learner knows.
// The store loads after the page, not with it, and only once it can show something: the word classes
// are seen only in study mode and the share only once the learner has kept something, so a reader with
// study mode off and nothing stored (every first visit) loads none of it — until study mode is switched
// on or something is saved.

const load = () => Promise.all([import('@/components/saved-words-store'), import('@/lib/study/word-states')]);
const STATE_CLASSES = WORD_STATES.map((state) => CLASS.wordStateOf(state));

export function WordStates({ locale, messages }: { locale: string; messages: Pick<Messages, 'study'> }) {
  const t = useTranslator(locale, messages);
  const [share, setShare] = useState<{ known: number; total: number; percent: number } | null>(null);
  useEffect(() => {
    let live = true;
    let off = () => {};
    const needed = () => readPreference('study') === 'on' || hasStoredStudyData();
    const start = () => void load().then(([store, rules]) => {
      if (!live) return;
      const apply = () => {
        const data = store.loadStudyData();
        const words = Array.from(document.querySelectorAll<HTMLElement>(SELECTOR.articleLexiconWord));
        const states = new Map<string, (typeof WORD_STATES)[number]>();
        for (const element of words) {
          const word = element.dataset[DATA.word.key] ?? '';
          const state = states.get(word) ?? rules.wordState(data, word);
          states.set(word, state);
          element.classList.remove(...STATE_CLASSES);
          element.classList.add(CLASS.wordStateOf(state));
        }
        setShare(rules.hasStudied(data) ? rules.knownShare(data, states.keys()) : null);
      };
      apply();
      off = store.onSavedWordsChange(apply);
    });
    if (needed()) start();
    else {
      // Wait for the first reason to load: study mode switched on, or a first word saved.
      const begin = () => {
        if (!needed()) return;
        off();
        start();
      };
      const offPreferences = subscribePreferences(begin);
      window.addEventListener(CHANGE_EVENT.savedWords, begin);
      off = () => {
        offPreferences();
        window.removeEventListener(CHANGE_EVENT.savedWords, begin);
      };
    }
    return () => {
      live = false;
      off();
    };
  }, []);
  return share ? <p className={CLASS.knownShare}>{t('study.knownShare', share)}</p> : null;
}
