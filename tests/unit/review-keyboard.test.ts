import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rating } from 'ts-fsrs';
import { reviewKey } from '../../components/islands/review/keyboard';

const front = { revealed: false, typing: false, modified: false };
const back = { revealed: true, typing: false, modified: false };

test('Space shows the answer, then grades Good; 1–4 grade only once the answer shows', () => {
  assert.deepEqual(reviewKey(' ', front), { kind: 'reveal' });
  assert.equal(reviewKey('3', front), null);
  assert.deepEqual(reviewKey(' ', back), { kind: 'grade', grade: Rating.Good });
  assert.deepEqual(
    ['1', '2', '3', '4'].map((key) => reviewKey(key, back)),
    [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy].map((grade) => ({ kind: 'grade', grade })),
  );
  assert.equal(reviewKey('5', back), null);
  assert.equal(reviewKey('Enter', back), null);
});

test('keys typed as an answer, or with a modifier (browser shortcuts), are left alone', () => {
  assert.equal(reviewKey(' ', { ...front, typing: true }), null);
  assert.equal(reviewKey('1', { ...back, typing: true }), null);
  assert.equal(reviewKey('1', { ...back, modified: true }), null);
});
