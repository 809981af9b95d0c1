'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { cellText } from './cell-text';
import { documentListeners } from './document-listeners';
import { PreferenceSwitch, readPreference, subscribePreferences, usePreference } from './preference-switch';

// Study tools above an article: study mode (word cards, listening), self-test (the English hidden
// sentence by sentence) and reading aloud with the browser's Vietnamese voice, the sentence being
// spoken highlighted. Without a Vietnamese voice the controls say so rather than stay silent.

export interface StudyToolsLabels {
  controls: string;
  mode: string;
  selfTest: string;
  revealAll: string;
  concealAll: string;
  listenArticle: string;
  stop: string;
  noVoice: string;
  noSpeech: string;
  keyboardHint: string;
}

type VoiceResult = { voice: SpeechSynthesisVoice } | { missing: 'speech' | 'voice' };

async function vietnameseVoice(): Promise<VoiceResult> {
  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return { missing: 'speech' };
  const find = () => window.speechSynthesis.getVoices().find((voice) => voice.lang.replace('_', '-').toLowerCase().startsWith('vi'));
  // Voices load asynchronously in some browsers: wait briefly for the list.
  const voice =
    find() ??
    (await new Promise<SpeechSynthesisVoice | undefined>((resolve) => {
      const done = () => resolve(find());
      window.speechSynthesis.addEventListener('voiceschanged', done, { once: true });
      window.setTimeout(done, 1500);
    }));
  return voice ? { voice } : { missing: 'voice' };
}

function sentenceText(unit: Element): string {
  const cell = unit.querySelector('.cell-vi');
  return cell ? cellText(cell) : '';
}

function markSpeaking(unit: Element | null): void {
  for (const other of document.querySelectorAll('.unit[data-speaking]')) other.removeAttribute('data-speaking');
  unit?.setAttribute('data-speaking', 'true');
}

export function StudyTools({ labels }: { labels: StudyToolsLabels }) {
  const study = usePreference('study', false);
  const selfTest = usePreference('selftest', false);
  const [status, setStatus] = useState('');
  const [speaking, setSpeaking] = useState(false);
  // Bumped to cancel a reading in progress: each reading checks it is still the current one.
  const reading = useRef(0);

  const stop = useCallback(() => {
    reading.current += 1;
    if ('speechSynthesis' in window) window.speechSynthesis.cancel();
    markSpeaking(null);
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    async (units: Element[]) => {
      stop();
      const id = reading.current;
      const result = await vietnameseVoice();
      if ('missing' in result) {
        setStatus(result.missing === 'voice' ? labels.noVoice : labels.noSpeech);
        // A toast, not a fixture: it makes way for the text again after a while.
        window.setTimeout(() => setStatus(''), 12_000);
        return;
      }
      setStatus('');
      setSpeaking(true);
      for (const unit of units) {
        if (reading.current !== id) return;
        const text = sentenceText(unit);
        if (!text) continue;
        markSpeaking(unit);
        await new Promise<void>((resolve) => {
          const utterance = new SpeechSynthesisUtterance(text);
          utterance.lang = 'vi-VN';
          utterance.voice = result.voice;
          utterance.onend = () => resolve();
          utterance.onerror = () => resolve();
          window.speechSynthesis.speak(utterance);
        });
      }
      if (reading.current === id) stop();
    },
    [labels.noSpeech, labels.noVoice, stop],
  );

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!(event.target instanceof Element)) return;
      const listen = event.target.closest<HTMLElement>('.listen-button');
      const unit = listen?.closest('.unit');
      if (unit) {
        void speak([unit]);
        return;
      }
      const reveal = event.target.closest<HTMLElement>('.reveal-button');
      const revealed = reveal?.closest('.unit');
      if (revealed) {
        revealed.setAttribute('data-revealed', 'true');
        revealed.querySelector<HTMLElement>('.cell-en')?.focus();
      }
    };
    return documentListeners().on('click', onClick).off;
  }, [speak]);

  useEffect(() => subscribePreferences(() => readPreference('study', false) || stop()), [stop]);
  useEffect(() => stop, [stop]);

  const units = () => Array.from(document.querySelectorAll('.article-body .unit'));
  return (
    <div className="study-tools" role="group" aria-label={labels.controls}>
      <PreferenceSwitch name="study" label={labels.mode} defaultOn={false} />
      <PreferenceSwitch name="selftest" label={labels.selfTest} defaultOn={false} />
      {selfTest ? (
        <span className="study-buttons">
          <button type="button" onClick={() => units().forEach((unit) => unit.setAttribute('data-revealed', 'true'))}>
            {labels.revealAll}
          </button>
          <button type="button" onClick={() => units().forEach((unit) => unit.removeAttribute('data-revealed'))}>
            {labels.concealAll}
          </button>
        </span>
      ) : null}
      {study ? (
        <span className="study-buttons">
          <button type="button" aria-pressed={speaking} onClick={() => (speaking ? stop() : void speak(units()))}>
            {speaking ? labels.stop : labels.listenArticle}
          </button>
        </span>
      ) : null}
      {study ? <p className="study-hint">{labels.keyboardHint}</p> : null}
      <p className="study-status" role="status">
        {status}
      </p>
    </div>
  );
}
