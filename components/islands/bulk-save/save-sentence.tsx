'use client';

import type { Translate } from '@/lib/client/i18n/translator';
import { CLASS } from '@/lib/render/contract';
import type { ArticlePage, SentenceContext } from '../word-cards/persistence';
import type { WordCardMessages } from '../word-cards/word-card-view';
import { storeSentence } from './store-sentence';

// "Save this sentence" on a word card: the whole sentence becomes a review card of its own.
export function SaveSentence({ t, sentence, page, onStatus }: { t: Translate<WordCardMessages>; sentence: SentenceContext; page: ArticlePage; onStatus: (status: string) => void }) {
  const save = async () => {
    const result = await storeSentence(sentence, page, new Date());
    onStatus(result === 'saved' ? t('wordCard.sentenceSaved') : result === 'already-saved' ? t('wordCard.sentenceAlreadySaved') : t('wordCard.notStoredStatus'));
  };
  return (
    <p className={CLASS.wordActions}>
      <button type="button" onClick={() => void save()}>
        {t('wordCard.saveSentence')}
      </button>
    </p>
  );
}
