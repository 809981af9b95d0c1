'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Grade } from 'ts-fsrs';
import { loadStudyData, storeStudyData, useStudyData } from '@/components/saved-words-store';
import { documentListeners } from '@/lib/client/dom/document-listeners';
import { checkCloze, type ClozeResult } from '@/lib/study/cloze';
import { applyGrade, nextDue, sessionItems } from '@/lib/study/review-queue';
import { formatInterval, nextIntervals, newCard } from '@/lib/study/schedule';
import { useTranslator } from '../use-translator';
import { CardView, REVIEW_CARD_TITLE_ID, type ReviewMessages } from './card-view';
import { GradeButtons } from './grade-buttons';
import { reviewKey } from './keyboard';
import { Progress } from './progress';
import { useSpeech } from './use-speech';

// The review page: the session's queue (lib/study/review-queue.ts) over the learner's store, one
// card at a time (card-view.tsx), graded with the buttons or the keys (keyboard.ts), the answer
// stored before the next card shows. The clock is read when the page opens and after each answer.

export function Review({ locale, messages }: { locale: string; messages: ReviewMessages }) {
  const t = useTranslator(locale, messages);
  const { data, notice } = useStudyData();
  // When the session started (then when the last answer was given). Nothing renders from it until the
  // store is read, in the browser, so the server's value is never shown.
  const [now, setNow] = useState(() => new Date());
  const [revealed, setRevealed] = useState(false);
  const [typed, setTyped] = useState('');
  const [checked, setChecked] = useState<ClozeResult | null>(null);
  const [status, setStatus] = useState('');
  const { say, speechStatus } = useSpeech({ noVoice: t('studyTools.noVoice'), noSpeech: t('studyTools.noSpeech') });
  const cardRef = useRef<HTMLElement>(null);
  const reviewed = useRef(0);

  const queue = useMemo(() => (data ? sessionItems(data, now) : []), [data, now]);
  const item = queue[0];
  const intervals = useMemo(() => (item ? nextIntervals(item.card ?? newCard(now), now) : null), [item, now]);

  const reveal = () => {
    if (item?.kind === 'cloze') setChecked(checkCloze(typed, item.word.word));
    setRevealed(true);
    // Out of the answer field, so that the keys 1–4 grade rather than type.
    cardRef.current?.focus();
  };

  const grade = (value: Grade) => {
    if (!item) return;
    const answeredAt = new Date();
    const result = storeStudyData(applyGrade(loadStudyData(), item, value, answeredAt));
    if (!result.ok) {
      setStatus(t('review.notStored'));
      return;
    }
    reviewed.current += 1;
    setStatus('');
    setRevealed(false);
    setTyped('');
    setChecked(null);
    setNow(answeredAt);
  };

  // The next card takes focus, so that a keyboard or screen-reader user is where the card is.
  useEffect(() => {
    if (reviewed.current > 0) cardRef.current?.focus();
  }, [item?.id]);

  // Subscribed again after every render, so the keys always act on the card shown.
  useEffect(() => {
    if (!item) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const typing = Boolean(target?.closest('input, textarea, select, [contenteditable="true"]'));
      const action = reviewKey(event.key, { revealed, typing, modified: event.altKey || event.ctrlKey || event.metaKey });
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'reveal') reveal();
      else grade(action.grade);
    };
    return documentListeners().on('keydown', onKeyDown).off;
  });

  if (data === null) return null;
  const upcoming = nextDue(data);
  return (
    <>
      {notice?.kind === 'damaged' || notice?.kind === 'damaged-not-kept' ? <p className="my-words-notice">{t('review.damaged')}</p> : null}
      {notice?.kind === 'write-failed' ? <p className="my-words-notice">{t('review.notStored')}</p> : null}
      {item && intervals ? (
        <>
          <p className="review-remaining">{t('review.remaining', { count: queue.length })}</p>
          <section className={`review-card review-card-${item.kind}`} aria-labelledby={REVIEW_CARD_TITLE_ID} ref={cardRef} tabIndex={-1}>
            <CardView t={t} item={item} revealed={revealed} onReveal={reveal} typed={typed} onType={setTyped} checked={checked} onCheck={reveal} onSay={say} />
            {revealed ? <GradeButtons t={t} locale={locale} intervals={intervals} onGrade={grade} /> : null}
          </section>
          <p className="review-keys">{t('review.keys')}</p>
        </>
      ) : (
        <section className="review-card review-card-empty" ref={cardRef} tabIndex={-1} aria-labelledby="review-empty-heading">
          <h2 id="review-empty-heading">{data.words.length || data.sentences.length ? t('review.done') : t('review.nothing')}</h2>
          {data.words.length || data.sentences.length ? (
            upcoming ? <p>{t('review.nextDue', { when: formatInterval(upcoming.getTime() - now.getTime(), locale) })}</p> : null
          ) : (
            <p>{t('review.empty')}</p>
          )}
        </section>
      )}
      <p className="review-status" role="status">
        {status || speechStatus}
      </p>
      <Progress t={t} locale={locale} data={data} today={now} />
    </>
  );
}
