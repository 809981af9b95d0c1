import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SearchDocument } from '../../lib/search/documents';
import { foldForSearch, matchRanges, prepare, search } from '../../lib/search/query';

const documents: SearchDocument[] = [
  { kind: 'sentence', path: '/a/#s1', vi: 'Ông Triệu đến Hà Nội.', en: 'Mr Trieu arrives in Hanoi.' },
  { kind: 'sentence', path: '/a/#s2', vi: 'Hai nước là đối tác chiến lược.', en: 'The two countries are strategic partners.' },
  { kind: 'entity', path: '/entities/pyongyang/', vi: 'Bình Nhưỡng', en: 'Pyongyang', keywords: 'Thủ đô Triều Tiên' },
  { kind: 'sentence', path: '/a/#s3', vi: 'Triều Tiên không tham dự.', en: 'North Korea did not attend.' },
];
const index = prepare(documents);
const paths = (query: string) => search(index, query).map((document) => document.path);

test('folding keeps one character per character, đ included', () => {
  assert.equal(foldForSearch('Đối tác Bình Nhưỡng'), 'doi tac binh nhuong');
  assert.equal(foldForSearch('Nghị quyết').length, 'Nghị quyết'.length);
});

test('queries match without tone marks, with them, and in any case', () => {
  assert.deepEqual(paths('binh nhuong'), ['/entities/pyongyang/']);
  assert.deepEqual(paths('BÌNH NHƯỠNG'), ['/entities/pyongyang/']);
  assert.deepEqual(paths('doi tac'), ['/a/#s2']);
  assert.deepEqual(paths('pyongyang'), ['/entities/pyongyang/']);
});

test('every word must start a word of the text', () => {
  assert.deepEqual(paths('ong'), ['/a/#s1'], '"ong" starts "Ông" but is not found inside "không"');
  assert.deepEqual(paths('doi chien'), ['/a/#s2']);
  assert.deepEqual(paths('doi hanoi'), []);
});

test('the exact marks rank first: “Triều” before “Triệu”', () => {
  assert.deepEqual(paths('Triều'), ['/entities/pyongyang/', '/a/#s3', '/a/#s1']);
  assert.deepEqual(paths('Triệu'), ['/a/#s1', '/entities/pyongyang/', '/a/#s3']);
});

test('match ranges point at the original text', () => {
  const text = 'Hai nước là đối tác chiến lược.';
  const ranges = matchRanges(text, 'doi tac');
  assert.deepEqual(ranges.map(([start, end]) => text.slice(start, end)), ['đối', 'tác']);
});
