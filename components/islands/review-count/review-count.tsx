'use client';

import { useEffect, useState } from 'react';
import type { Messages } from '@/lib/i18n/types';
import { CHANGE_EVENT } from '@/lib/client/storage-keys';
import { hasStoredStudyData } from '@/lib/client/stored-study-data';
import { useTranslator } from '../use-translator';

// "Review (12)" in the header: the link works without JavaScript; the count is added once the
// store is read. The store and the queue (zod, the schemas) load after the page, not with it, so
// the header costs every page a few hundred bytes, not the study code — and with nothing stored (every
// first visit) they do not load at all: nothing can be due.

const countDue = async () => {
  if (!hasStoredStudyData()) return 0;
  const [{ loadStudyData }, { dueItems }] = await Promise.all([import('@/components/saved-words-store'), import('@/lib/study/review-queue')]);
  return dueItems(loadStudyData(), new Date()).length;
};

export function ReviewCount({ locale, messages }: { locale: string; messages: Pick<Messages, 'reviewCount'> }) {
  const t = useTranslator(locale, messages);
  const [due, setDue] = useState(0);
  useEffect(() => {
    const update = () => void countDue().then(setDue);
    update();
    window.addEventListener(CHANGE_EVENT.savedWords, update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener(CHANGE_EVENT.savedWords, update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return <a href={`/${locale}/review/`}>{due ? t('reviewCount.due', { count: due }) : t('reviewCount.link')}</a>;
}
