// The word cards' keyboard model, as a pure function from a key and where it was pressed to what
// it does (tests/unit/word-card-keyboard.test.ts): Enter or → on a focused Vietnamese sentence steps
// into its words; ← → Home End move between them; Enter or Space opens one; Esc closes the card.

/** Where the key was pressed: a Vietnamese cell, a word in one, or anywhere else. */
export type KeyTarget = 'cell' | 'word' | 'other';
export type WordMove = 'next' | 'previous' | 'first' | 'last';

export type KeyAction = { kind: 'close' } | { kind: 'enter-words' } | { kind: 'move'; move: WordMove } | { kind: 'open' } | null;

const MOVES: Readonly<Record<string, WordMove>> = { ArrowRight: 'next', ArrowLeft: 'previous', Home: 'first', End: 'last' };

export function keyAction(key: string, target: KeyTarget, state: { cardOpen: boolean; studyMode: boolean }): KeyAction {
  if (key === 'Escape' && state.cardOpen) return { kind: 'close' };
  if (!state.studyMode) return null;
  if (target === 'cell') return key === 'Enter' || key === 'ArrowRight' ? { kind: 'enter-words' } : null;
  if (target !== 'word') return null;
  const move = MOVES[key];
  if (move) return { kind: 'move', move };
  return key === 'Enter' || key === ' ' ? { kind: 'open' } : null;
}

/** The index a move lands on among `count` words, or null past either end. */
export function moveIndex(current: number, count: number, move: WordMove): number | null {
  const index = move === 'first' ? 0 : move === 'last' ? count - 1 : current + (move === 'next' ? 1 : -1);
  return index >= 0 && index < count ? index : null;
}
