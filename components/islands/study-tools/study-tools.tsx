'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { documentListeners } from '@/lib/client/dom/document-listeners';
import { readPreference, subscribePreferences } from '@/lib/client/preferences/store';
import type { Messages } from '@/lib/i18n/types';
import { CLASS, DATA, SELECTOR } from '@/lib/render/contract';
import { PreferenceSwitch } from '../preferences/preference-switch';
import { usePreference } from '../preferences/use-preference';
import { useTranslator } from '../use-translator';
import { markSpeaking, sentenceText, speak as speakSentence, stopSpeaking, vietnameseVoice } from './speech';

// Study tools above an article: study mode (word cards, listening), self-test (the English hidden
// sentence by sentence) and reading aloud with the browser's Vietnamese voice, the sentence being
// spoken highlighted. Without a Vietnamese voice the controls say so rather than stay silent.

/** How long the "no voice" message stays: a toast, not a fixture. */
const STATUS_TIMEOUT = 12_000;

export function StudyTools({ locale, messages }: { locale: string; messages: Pick<Messages, 'studyTools'> }) {
  const t = useTranslator(locale, messages);
  const study = usePreference('study');
  const selfTest = usePreference('selftest');
  const [status, setStatus] = useState('');
  const [speaking, setSpeaking] = useState(false);
  // Bumped to cancel a reading in progress: each reading checks it is still the current one.
  const reading = useRef(0);
  const noVoice = t('studyTools.noVoice');
  const noSpeech = t('studyTools.noSpeech');

  const stop = useCallback(() => {
    reading.current += 1;
    stopSpeaking();
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    async (units: Element[]) => {
      stop();
      const id = reading.current;
      const result = await vietnameseVoice();
      if ('missing' in result) {
        setStatus(result.missing === 'voice' ? noVoice : noSpeech);
        window.setTimeout(() => setStatus(''), STATUS_TIMEOUT);
        return;
      }
      setStatus('');
      setSpeaking(true);
      for (const unit of units) {
        if (reading.current !== id) return;
        const text = sentenceText(unit);
        if (!text) continue;
        markSpeaking(unit);
        await speakSentence(text, result.voice);
      }
      if (reading.current === id) stop();
    },
    [noSpeech, noVoice, stop],
  );

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element)) return;
      const listen = event.target.closest<HTMLElement>(SELECTOR.listenButton);
      const unit = listen?.closest(SELECTOR.unit);
      if (unit) {
        void speak([unit]);
        return;
      }
      const reveal = event.target.closest<HTMLElement>(SELECTOR.revealButton);
      const revealed = reveal?.closest(SELECTOR.unit);
      if (revealed) {
        revealed.setAttribute(DATA.revealed.name, 'true');
        revealed.querySelector<HTMLElement>(SELECTOR.cellEn)?.focus();
      }
    };
    return documentListeners().on('click', onClick).off;
  }, [speak]);

  useEffect(() => subscribePreferences(() => readPreference('study') === 'on' || stop()), [stop]);
  useEffect(() => stop, [stop]);

  const units = () => Array.from(document.querySelectorAll(SELECTOR.articleUnit));
  return (
    <div className={CLASS.studyTools} role="group" aria-label={t('studyTools.controls')}>
      <PreferenceSwitch name="study" label={t('studyTools.mode')} short={t('studyTools.modeShort')} />
      <PreferenceSwitch name="selftest" label={t('studyTools.selfTest')} short={t('studyTools.selfTestShort')} />
      <button
        type="button"
        className={CLASS.toolbarButton}
        aria-pressed={speaking}
        aria-label={speaking ? t('studyTools.stop') : t('studyTools.listenArticle')}
        disabled={study === null}
        onClick={() => (speaking ? stop() : void speak(units()))}
      >
        <span aria-hidden="true" className={CLASS.toolbarGlyph}>
          {speaking ? '■' : '▶'}
        </span>{' '}
        {speaking ? t('studyTools.stop') : t('studyTools.listenShort')}
      </button>
      {selfTest === 'on' ? (
        <span className={CLASS.studyButtons}>
          <button type="button" onClick={() => units().forEach((unit) => unit.setAttribute(DATA.revealed.name, 'true'))}>
            {t('studyTools.revealAll')}
          </button>
          <button type="button" onClick={() => units().forEach((unit) => unit.removeAttribute(DATA.revealed.name))}>
            {t('studyTools.concealAll')}
          </button>
        </span>
      ) : null}
      {study === 'on' ? <PreferenceSwitch name="tintNew" label={t('studyTools.tintNew')} short={t('studyTools.tintNewShort')} /> : null}
      {study === 'on' ? <p className={CLASS.studyHint}>{t('studyTools.keyboardHint')}</p> : null}
      <p className={CLASS.studyStatus} role="status">
        {status}
        {status ? (
          <button type="button" className={CLASS.toastClose} aria-label={t('studyTools.dismiss')} onClick={() => setStatus('')}>
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </p>
    </div>
  );
}
