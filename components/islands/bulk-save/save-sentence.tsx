'use client';

import type { Translate } from '@/lib/client/i18n/translator';
import { CLASS } from '@/lib/render/contract';
import { savedWordsStore, type ArticlePage, type SentenceContext } from '../word-cards/persistence';
import type { WordCardMessages } from '../word-cards/word-card-view';

// "Save this sentence" on a word card: the whole sentence becomes a review card of its own.
const rules = () => import('@/lib/study/study-model');

export function SaveSentence({ t, sentence, page, onStatus }: { t: Translate<WordCardMessages>; sentence: SentenceContext; page: ArticlePage; onStatus: (status: string) => void }) {
  const save = async () => {
    const [store, { sameSentence }] = await Promise.all([savedWordsStore(), rules()]);
    const data = store.loadStudyData();
    const saved = { sentenceVi: sentence.vietnamese, sentenceEn: sentence.english, article: page.slug, unit: sentence.unit, link: `${page.path}#${sentence.unit}`, savedAt: new Date().toISOString() };
    if (data.sentences.some((other) => sameSentence(other, saved))) {
      onStatus(t('wordCard.sentenceAlreadySaved'));
      return;
    }
    const result = store.storeStudyData({ ...data, sentences: [...data.sentences, saved] });
    onStatus(result.ok ? t('wordCard.sentenceSaved') : t('wordCard.notStoredStatus'));
  };
  return (
    <p className={CLASS.wordActions}>
      <button type="button" onClick={() => void save()}>
        {t('wordCard.saveSentence')}
      </button>
    </p>
  );
}
