// Reading aloud with the browser's speech synthesis and a Vietnamese voice, if it has one.
import { cellText } from '@/lib/client/dom/cell-text';
import { DATA, SELECTOR } from '@/lib/render/contract';

export type VoiceResult = { voice: SpeechSynthesisVoice } | { missing: 'speech' | 'voice' };

/** How long to wait for the voice list, which some browsers load asynchronously. */
const VOICES_WAIT = 1500;

export async function vietnameseVoice(): Promise<VoiceResult> {
  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return { missing: 'speech' };
  const find = () => window.speechSynthesis.getVoices().find((voice) => voice.lang.replace('_', '-').toLowerCase().startsWith('vi'));
  const voice =
    find() ??
    (await new Promise<SpeechSynthesisVoice | undefined>((resolve) => {
      const done = () => resolve(find());
      window.speechSynthesis.addEventListener('voiceschanged', done, { once: true });
      window.setTimeout(done, VOICES_WAIT);
    }));
  return voice ? { voice } : { missing: 'voice' };
}

/** A unit's Vietnamese, as published. */
export function sentenceText(unit: Element): string {
  const cell = unit.querySelector(SELECTOR.cellVi);
  return cell ? cellText(cell) : '';
}

/** Marks the unit being read (or none), for the highlight in styles.css. */
export function markSpeaking(unit: Element | null): void {
  for (const other of document.querySelectorAll(SELECTOR.speakingUnit)) other.removeAttribute(DATA.speaking.name);
  unit?.setAttribute(DATA.speaking.name, 'true');
}

/** Speaks one sentence; resolves when it ends or fails. */
export function speak(text: string, voice: SpeechSynthesisVoice): Promise<void> {
  return new Promise<void>((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'vi-VN';
    utterance.voice = voice;
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    window.speechSynthesis.speak(utterance);
  });
}

export function stopSpeaking(): void {
  if ('speechSynthesis' in window) window.speechSynthesis.cancel();
  markSpeaking(null);
}
