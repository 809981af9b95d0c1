import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyAction, moveIndex } from '../../components/islands/word-cards/keyboard';

const study = { cardOpen: false, studyMode: true };

test('Esc closes an open card, in study mode or not', () => {
  assert.deepEqual(keyAction('Escape', 'other', { cardOpen: true, studyMode: false }), { kind: 'close' });
  assert.equal(keyAction('Escape', 'word', study), null);
});

test('outside study mode no other key does anything', () => {
  assert.equal(keyAction('Enter', 'word', { cardOpen: false, studyMode: false }), null);
  assert.equal(keyAction('ArrowRight', 'cell', { cardOpen: false, studyMode: false }), null);
});

test('Enter or → on a sentence steps into its words', () => {
  assert.deepEqual(keyAction('Enter', 'cell', study), { kind: 'enter-words' });
  assert.deepEqual(keyAction('ArrowRight', 'cell', study), { kind: 'enter-words' });
  assert.equal(keyAction('ArrowLeft', 'cell', study), null);
});

test('on a word: arrows, Home and End move; Enter and Space open', () => {
  assert.deepEqual(keyAction('ArrowRight', 'word', study), { kind: 'move', move: 'next' });
  assert.deepEqual(keyAction('ArrowLeft', 'word', study), { kind: 'move', move: 'previous' });
  assert.deepEqual(keyAction('Home', 'word', study), { kind: 'move', move: 'first' });
  assert.deepEqual(keyAction('End', 'word', study), { kind: 'move', move: 'last' });
  assert.deepEqual(keyAction('Enter', 'word', study), { kind: 'open' });
  assert.deepEqual(keyAction(' ', 'word', study), { kind: 'open' });
  assert.equal(keyAction('a', 'word', study), null);
  assert.equal(keyAction('Enter', 'other', study), null);
});

test('moves stop at either end of the sentence', () => {
  assert.equal(moveIndex(0, 3, 'next'), 1);
  assert.equal(moveIndex(2, 3, 'next'), null);
  assert.equal(moveIndex(0, 3, 'previous'), null);
  assert.equal(moveIndex(1, 3, 'first'), 0);
  assert.equal(moveIndex(1, 3, 'last'), 2);
  assert.equal(moveIndex(0, 0, 'last'), null);
});
