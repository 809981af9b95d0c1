'use client';

import { useEffect, useState } from 'react';
import type { Messages } from '@/lib/i18n/types';
import { hasStoredStudyData } from '@/lib/client/stored-study-data';
import { articleWordsPath } from '@/lib/paths';
import { CLASS } from '@/lib/render/contract';
import { useTranslator } from '../use-translator';

// "You know 84% of its words" on a library card: the article's word list (/data/words/<slug>.json)
// against the learner's word states. Shown only to a learner who has saved or marked words; the
// store and the list load after the page, and not at all when nothing is stored (a first visit).

const load = () => Promise.all([import('@/components/saved-words-store'), import('@/lib/study/word-states')]);

function isWordList(value: unknown): value is { words: string[] } {
  return typeof value === 'object' && value !== null && 'words' in value && Array.isArray(value.words) && value.words.every((word: unknown) => typeof word === 'string');
}

export function LibraryKnownShare({ locale, messages, slug }: { locale: string; messages: Pick<Messages, 'study'>; slug: string }) {
  const t = useTranslator(locale, messages);
  const [share, setShare] = useState<{ known: number; total: number; percent: number } | null>(null);
  useEffect(() => {
    let live = true;
    if (!hasStoredStudyData()) return;
    void load().then(async ([store, rules]) => {
      const data = store.loadStudyData();
      if (!rules.hasStudied(data)) return;
      const response = await fetch(articleWordsPath(slug));
      const list: unknown = response.ok ? await response.json() : null;
      if (live && isWordList(list)) setShare(rules.knownShare(data, list.words));
    });
    return () => {
      live = false;
    };
  }, [slug]);
  return share ? <p className={CLASS.knownShare}>{t('study.knownShare', share)}</p> : null;
}
