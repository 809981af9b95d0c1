'use client';

import { useEffect, useState } from 'react';
import type { Translate } from '@/lib/client/i18n/translator';
import { CLASS } from '@/lib/render/contract';
import { WORD_STATES, type WordState } from '@/lib/study/study-model';
import { savedWordsStore } from './persistence';
import type { WordCardMessages } from './word-card-view';

// The word's state on its card: new, learning, known or ignored (LingQ/Lute style). The store and
// the state rules load with the first card, not with the page, as saving does.
const wordStates = () => import('@/lib/study/word-states');

export function WordStateControl({ t, word, onStatus }: { t: Translate<WordCardMessages>; word: string; onStatus: (status: string) => void }) {
  const [state, setState] = useState<WordState | null>(null);
  useEffect(() => {
    let live = true;
    let off = () => {};
    void Promise.all([savedWordsStore(), wordStates()]).then(([store, rules]) => {
      if (!live) return;
      const read = () => setState(rules.wordState(store.loadStudyData(), word));
      read();
      off = store.onSavedWordsChange(read);
    });
    return () => {
      live = false;
      off();
    };
  }, [word]);

  const choose = async (next: WordState) => {
    const [store, rules] = await Promise.all([savedWordsStore(), wordStates()]);
    if (!store.storeStudyData(rules.setWordState(store.loadStudyData(), word, next)).ok) {
      onStatus(t('wordCard.notStoredStatus'));
      return;
    }
    onStatus(t('wordCard.stateStatus', { word, state: t(`wordCard.state.${next}`) }));
  };

  return (
    <fieldset className={CLASS.wordStateControl} disabled={state === null}>
      <legend>{t('wordCard.stateLegend')}</legend>
      {WORD_STATES.map((option) => (
        <label key={option}>
          <input type="radio" name="word-state" value={option} checked={state === option} onChange={() => void choose(option)} /> {t(`wordCard.state.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}
