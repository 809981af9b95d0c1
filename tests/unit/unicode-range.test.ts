import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatUnicodeRange, isHan, parseUnicodeRange } from '../../lib/fonts/unicode-range';

test('a unicode-range covers its single points, spans and wildcards', () => {
  const covers = parseUnicodeRange('U+3401, U+3d18-3d19,U+4e0?');
  assert.equal(covers(0x3401), true);
  assert.equal(covers(0x3d19), true);
  assert.equal(covers(0x4e0a), true);
  assert.equal(covers(0x3402), false);
  assert.equal(covers(0x4e10), false);
});

test('characters become the shortest range list, sorted, each once', () => {
  assert.equal(formatUnicodeRange(['對', '作', '一', '丁', '丂', '一']), 'U+4e00-4e02,U+4f5c,U+5c0d');
  assert.equal(formatUnicodeRange([]), '');
});

test('Hán characters are told from Vietnamese letters and punctuation', () => {
  assert.deepEqual(Array.from('đối 對 作；𠀋').filter(isHan), ['對', '作', '𠀋']);
});
