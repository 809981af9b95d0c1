import assert from 'node:assert/strict';
import { test } from 'node:test';
import { truncateForCard } from '../../lib/share/card-text';

test('text that fits is left alone', () => {
  assert.equal(truncateForCard('Ông Kim gặp ông Putin.', 40), 'Ông Kim gặp ông Putin.');
});

test('a long text is cut at a space, its trailing punctuation dropped, with an ellipsis', () => {
  const text = 'Hai nhà lãnh đạo đã ký hiệp ước, cam kết hỗ trợ lẫn nhau khi bị tấn công.';
  const cut = truncateForCard(text, 34);
  assert.equal(cut, 'Hai nhà lãnh đạo đã ký hiệp ước…');
  assert.ok(cut.length <= 34);
});

test('a cut never falls inside a name', () => {
  const text = 'The treaty was signed by Chairman Kim Jong Un and President Putin.';
  const name = { start: text.indexOf('Chairman'), end: text.indexOf(' and') };
  assert.equal(truncateForCard(text, 42, [name]), 'The treaty was signed by…');
  assert.equal(truncateForCard(text, 42), 'The treaty was signed by Chairman Kim…');
});
