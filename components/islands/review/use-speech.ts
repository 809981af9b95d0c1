// Hearing a card's word or sentence: the browser's Vietnamese voice (study-tools/speech.ts), and the
// same message as the article's Listen button when there is none.
import { useCallback, useState } from 'react';
import { speak, stopSpeaking, vietnameseVoice } from '../study-tools/speech';

export function useSpeech(messages: { noVoice: string; noSpeech: string }): { say: (text: string) => void; speechStatus: string } {
  const [speechStatus, setSpeechStatus] = useState('');
  const { noVoice, noSpeech } = messages;
  const say = useCallback(
    (text: string) => {
      stopSpeaking();
      void vietnameseVoice().then((result) => {
        if ('missing' in result) {
          setSpeechStatus(result.missing === 'voice' ? noVoice : noSpeech);
          return;
        }
        setSpeechStatus('');
        void speak(text, result.voice);
      });
    },
    [noVoice, noSpeech],
  );
  return { say, speechStatus };
}
