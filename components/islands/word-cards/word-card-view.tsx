'use client';

import type { Translate } from '@/lib/client/i18n/translator';
import type { Messages } from '@/lib/i18n/types';
import type { LexiconEntry, Sense } from '@/lib/lexicon/schema';
import { senseText } from '@/lib/lexicon/sense';
import { CLASS } from '@/lib/render/contract';
import type { LoadedLexicon } from './lexicon-client';
import type { Syllable, SyllableSpan } from './syllables';
import { WordStateControl } from './word-state-control';

// What a word card shows, from data the island has worked out: the selection with a speaker and
// its resize buttons (labelled in words: tooltips never show on touch), then the entry (part of
// speech, senses with the fitting one first, Hán-Việt, note, save) or, without one, the selection's
// syllables one by one; last, the English of the sentence the word is in.

export type WordCardMessages = Pick<Messages, 'wordCard' | 'partsOfSpeech' | 'cards'>;

export const WORD_CARD_TITLE_ID = 'word-card-title';

export interface WordCardViewProps {
  t: Translate<WordCardMessages>;
  locale: string;
  text: string;
  /** The selected syllables. */
  syllables: readonly Syllable[];
  span: SyllableSpan;
  resize: { widenLeft: boolean; widenRight: boolean; narrow: boolean };
  onResize: (span: SyllableSpan) => void;
  lexicon: LoadedLexicon | 'loading' | 'failed';
  entry: LexiconEntry | undefined;
  senses: readonly Sense[];
  isSaved: boolean;
  onToggleSave: () => void;
  status: string;
  /** What the word-state control reports, in the card's one status line. */
  onStatus: (status: string) => void;
  /** The English of the word's sentence ('' while its translation is pending). */
  sentenceEnglish: string;
  onListen: () => void;
}

export function WordCardView({ t, locale, text, syllables, span, resize, onResize, lexicon, entry, senses, isSaved, onToggleSave, status, onStatus, sentenceEnglish, onListen }: WordCardViewProps) {
  const ready = typeof lexicon === 'object' ? lexicon : null;
  const buttons = [
    { label: t('wordCard.widenLeft'), enabled: resize.widenLeft, next: { from: span.from - 1, to: span.to } },
    { label: t('wordCard.widenRight'), enabled: resize.widenRight, next: { from: span.from, to: span.to + 1 } },
    { label: t('wordCard.narrowLeft'), enabled: resize.narrow, next: { from: span.from + 1, to: span.to } },
    { label: t('wordCard.narrowRight'), enabled: resize.narrow, next: { from: span.from, to: span.to - 1 } },
  ];
  // The sentence's English, right under the meanings: what the word means here, in context.
  const sentence = sentenceEnglish ? (
    <p className={CLASS.wordSentence}>
      <span className={CLASS.cardType}>{t('wordCard.sentenceEnglish')}</span> <span lang="en">{sentenceEnglish}</span>
    </p>
  ) : null;
  return (
    <>
      <p className={CLASS.cardType}>{t('wordCard.word')}</p>
      <p className={CLASS.cardHeading}>
        <span id={WORD_CARD_TITLE_ID} lang="vi">
          {entry?.word ?? text}
        </span>{' '}
        <button type="button" className={CLASS.wordListen} onClick={onListen}>
          <span aria-hidden="true">▶ </span>
          {t('wordCard.listen')}
        </button>
      </p>
      <p className={CLASS.wordResize}>
        {buttons.map((button) => (
          <button key={button.label} type="button" disabled={!button.enabled} onClick={() => onResize(button.next)}>
            {button.label}
          </button>
        ))}
      </p>
      {lexicon === 'loading' ? <p>{t('wordCard.loading')}</p> : null}
      {lexicon === 'failed' ? <p>{t('wordCard.loadFailed')}</p> : null}
      {ready && !entry ? (
        <>
          <p>{t('wordCard.noEntry', { word: text })}</p>
          <p className={CLASS.cardType}>{t('wordCard.syllables')}</p>
          <ul className={CLASS.wordSyllables}>
            {syllables.map((syllable) => {
              const part = ready.lookup(syllable.text);
              return (
                <li key={`${syllable.run}-${syllable.chunk}-${syllable.start}`}>
                  <span lang="vi">{syllable.text}</span>
                  {part?.senses[0] ? <span lang="en">{` · ${senseText(part.senses[0])}`}</span> : null}
                </li>
              );
            })}
          </ul>
          {sentence}
        </>
      ) : null}
      {entry ? (
        <>
          <p className={CLASS.cardType}>{t(`partsOfSpeech.${entry.pos}`)}</p>
          <p className={CLASS.cardType}>{t('wordCard.meanings')}</p>
          <ol className={CLASS.wordSenses} lang="en">
            {senses.map((sense, index) => (
              <li key={senseText(sense)}>
                {senseText(sense)}
                {index === 0 ? (
                  <span className={CLASS.wordFit} lang={locale}>
                    {` · ${t('wordCard.fitsSentence')}`}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
          {sentence}
          {entry.han && entry.morphemes ? (
            <>
              <p className={CLASS.cardType}>{t('wordCard.hanViet')}</p>
              <p className={CLASS.wordHan} lang="zh-Hant">
                {entry.han}
              </p>
              <ul className={CLASS.wordMorphemes}>
                {entry.morphemes.map((part) => (
                  <li key={`${part.syllable}-${part.han}`}>
                    <span lang="vi">{part.syllable}</span> <span lang="zh-Hant">{part.han}</span> <span lang="en">{part.gloss}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {entry.note ? (
            <p className={CLASS.wordNote}>
              <span className={CLASS.cardType}>{t('wordCard.note')}</span> <span lang="en">{entry.note}</span>
            </p>
          ) : null}
          <p className={CLASS.wordActions}>
            <button type="button" aria-pressed={isSaved} onClick={onToggleSave}>
              {isSaved ? t('wordCard.saved') : t('wordCard.save')}
            </button>
          </p>
          <WordStateControl t={t} word={entry.word} onStatus={onStatus} />
        </>
      ) : null}
      <p className={CLASS.wordStatus} role="status">
        {status}
      </p>
    </>
  );
}
