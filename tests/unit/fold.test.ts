import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldVietnamese, slugify } from '../../lib/text/fold';

test('folds tone marks, vowel marks and đ', () => {
  assert.equal(foldVietnamese('Bình Nhưỡng đối tác Đông Á'), 'Binh Nhuong doi tac Dong A');
});

test('slugs are lower-case ASCII words', () => {
  assert.equal(slugify('Nga - Triều Tiên xích lại gần nhau'), 'nga-trieu-tien-xich-lai-gan-nhau');
  assert.equal(slugify('Thấy gì qua cuộc gặp?', 3), 'thay-gi-qua');
});
