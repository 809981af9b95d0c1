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

const sentence = { top: 100, bottom: 180, left: 40 };

test('below the whole sentence, not just the line, when it fits', () => {
  assert.deepEqual(placement({ top: 100, bottom: 120, left: 50 }, card, viewport, false, sentence), { kind: 'beside', top: 186, left: 50 });
});

test('above the sentence when below it would overflow', () => {
  const low = { top: 500, bottom: 650, left: 40 };
  assert.deepEqual(placement({ top: 520, bottom: 540, left: 50 }, card, viewport, false, low), { kind: 'beside', top: 294, left: 50 });
});

test('a sentence too tall for either side: below its line, which stays uncovered', () => {
  const tall = { top: 120, bottom: 700, left: 40 };
  const line = { top: 300, bottom: 320, left: 50 };
  const where = placement(line, card, viewport, false, tall);
  assert.deepEqual(where, { kind: 'beside', top: 326, left: 50 });
  assert.ok(where.kind === 'beside' && (where.top >= line.bottom || where.top + card.height <= line.top));
});

test('a sheet keeps the whole sentence above it when it can, else the line', () => {
  // Sheet top 592: the sentence ends at 640, so the page moves up 48 + 8.
  assert.deepEqual(placement({ top: 600, bottom: 620, left: 0 }, card, viewport, true, { top: 560, bottom: 640, left: 0 }), { kind: 'sheet', scrollBy: 56 });
  assert.deepEqual(placement({ top: 600, bottom: 620, left: 0 }, card, viewport, true, { top: 0, bottom: 640, left: 0 }), { kind: 'sheet', scrollBy: 36 });
});
