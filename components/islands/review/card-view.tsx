'use client';

import type { FormEvent, ReactNode } from 'react';
import type { Translate } from '@/lib/client/i18n/translator';
import type { Messages } from '@/lib/i18n/types';
import { blankWord, type ClozeResult } from '@/lib/study/cloze';
import type { ReviewItem } from '@/lib/study/review-queue';

// One review card, front and back. Recognition: the word in its sentence, then its meaning,
// Hán-Việt and the sentence's English. Cloze: the English and the Vietnamese with the word blanked,
// a field to type it, then the exact form. Sentence: the Vietnamese, then its English.

export type ReviewMessages = Pick<Messages, 'review' | 'studyTools'>;

export const REVIEW_CARD_TITLE_ID = 'review-card-title';

export interface CardViewProps {
  t: Translate<ReviewMessages>;
  item: ReviewItem;
  revealed: boolean;
  onReveal: () => void;
  typed: string;
  onType: (text: string) => void;
  checked: ClozeResult | null;
  onCheck: () => void;
  onSay: (text: string) => void;
}

function ListenButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="review-listen" onClick={onClick}>
      {label}
    </button>
  );
}

/** The sentence with the word in bold, or blanked on a cloze front. */
function Sentence({ sentence, word, blank, blankLabel }: { sentence: string; word: string; blank: boolean; blankLabel: string }): ReactNode {
  const parts = blankWord(sentence, word);
  if (!parts) return sentence;
  return (
    <>
      {parts.before}
      {blank ? (
        <span className="review-blank">
          <span aria-hidden="true">{'＿'.repeat(Math.max(3, Math.round(parts.answer.length / 2)))}</span>
          <span className="visually-hidden">{blankLabel}</span>
        </span>
      ) : (
        <b>{parts.answer}</b>
      )}
      {parts.after}
    </>
  );
}

export function CardView({ t, item, revealed, onReveal, typed, onType, checked, onCheck, onSay }: CardViewProps) {
  const title = (
    <h2 id={REVIEW_CARD_TITLE_ID} className="review-kind">
      {t(`review.kind.${item.kind}`)}
    </h2>
  );
  const reveal = revealed ? null : (
    <p>
      <button type="button" className="review-reveal" aria-keyshortcuts="Space" onClick={onReveal}>
        {t('review.showAnswer')}
      </button>
    </p>
  );
  if (item.kind === 'sentence') {
    const { sentence } = item;
    return (
      <>
        {title}
        <p className="review-sentence" lang="vi">
          {sentence.sentenceVi}
        </p>
        <ListenButton label={t('review.listenSentence')} onClick={() => onSay(sentence.sentenceVi)} />
        {reveal}
        {revealed ? (
          <dl className="review-answer">
            <dt>{t('review.english')}</dt>
            <dd lang="en">{sentence.sentenceEn}</dd>
          </dl>
        ) : null}
        {revealed && sentence.link ? <a href={sentence.link}>{t('review.openSentence')}</a> : null}
      </>
    );
  }
  const { word } = item;
  const answer = (
    <dl className="review-answer">
      <dt>{t('review.meaning')}</dt>
      <dd lang="en">{word.meaning}</dd>
      {word.han ? (
        <>
          <dt>{t('review.hanViet')}</dt>
          <dd lang="zh-Hant">{word.han}</dd>
        </>
      ) : null}
      {word.sentenceEn && item.kind === 'recognition' ? (
        <>
          <dt>{t('review.english')}</dt>
          <dd lang="en">{word.sentenceEn}</dd>
        </>
      ) : null}
    </dl>
  );
  if (item.kind === 'recognition') {
    return (
      <>
        {title}
        <p className="review-word" lang="vi">
          {word.word}
        </p>
        <p className="review-sentence" lang="vi">
          <Sentence sentence={word.sentenceVi} word={word.word} blank={false} blankLabel={t('review.blank')} />
        </p>
        <p className="review-listen-buttons">
          <ListenButton label={t('review.listenWord')} onClick={() => onSay(word.word)} />{' '}
          <ListenButton label={t('review.listenSentence')} onClick={() => onSay(word.sentenceVi)} />
        </p>
        {reveal}
        {revealed ? answer : null}
        {revealed && word.link ? <a href={word.link}>{t('review.openSentence')}</a> : null}
      </>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCheck();
  };
  return (
    <>
      {title}
      {word.sentenceEn ? (
        <p className="review-english" lang="en">
          {word.sentenceEn}
        </p>
      ) : null}
      <p className="review-sentence" lang="vi">
        <Sentence sentence={word.sentenceVi} word={word.word} blank={!revealed} blankLabel={t('review.blank')} />
      </p>
      <form className="review-cloze" onSubmit={submit}>
        <label>
          {t('review.answerLabel')}{' '}
          <input type="text" lang="vi" autoComplete="off" autoCapitalize="off" spellCheck={false} value={typed} readOnly={revealed} onChange={(event) => onType(event.target.value)} />
        </label>{' '}
        {revealed ? null : <button type="submit">{t('review.check')}</button>}
      </form>
      {revealed ? (
        <p className={`review-result review-result-${checked ?? 'wrong'}`}>
          {t(`review.result.${checked ?? 'wrong'}`, { word: word.word })}{' '}
          <ListenButton label={t('review.listenSentence')} onClick={() => onSay(word.sentenceVi)} />
        </p>
      ) : null}
      {revealed ? answer : null}
      {revealed && word.link ? <a href={word.link}>{t('review.openSentence')}</a> : null}
    </>
  );
}
