import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placement } from '../../components/islands/cards/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };

test('a card goes below its anchor, aligned with it', () => {
  assert.deepEqual(placement({ top: 100, bottom: 120, left: 50 }, card, viewport, false), { kind: 'beside', top: 126, left: 50 });
});

test('above the anchor when below would overflow and there is room above', () => {
  assert.deepEqual(placement({ top: 700, bottom: 720, left: 50 }, card, viewport, false), { kind: 'beside', top: 494, left: 50 });
});

test('below anyway when there is no room above either', () => {
  assert.deepEqual(placement({ top: 150, bottom: 700, left: 50 }, card, viewport, false), { kind: 'beside', top: 706, left: 50 });
});

test('kept inside the viewport horizontally', () => {
  assert.equal(placement({ top: 100, bottom: 120, left: 900 }, card, viewport, false).kind, 'beside');
  assert.deepEqual(placement({ top: 100, bottom: 120, left: 900 }, card, viewport, false), { kind: 'beside', top: 126, left: 692 });
  assert.deepEqual(placement({ top: 100, bottom: 120, left: -20 }, card, viewport, false), { kind: 'beside', top: 126, left: 8 });
});

test('a bottom sheet scrolls the page only when the anchor would be under it', () => {
  assert.deepEqual(placement({ top: 100, bottom: 120, left: 0 }, card, viewport, true), { kind: 'sheet', scrollBy: 0 });
  // The sheet's top is at 800 - 200 - 8 = 592: an anchor ending at 700 must move up 108 + 8.
  assert.deepEqual(placement({ top: 680, bottom: 700, left: 0 }, card, viewport, true), { kind: 'sheet', scrollBy: 116 });
});
