import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { cellData } from '../../lib/export/article-data';

test('annotation spans are offsets into the cell text; note markers are left out', () => {
  const cell: Element = {
    type: 'element',
    tagName: 'span',
    properties: { lang: 'vi' },
    children: [
      { type: 'text', value: 'Ông ' },
      { type: 'element', tagName: 'a', properties: { dataEntity: 'kim-jong-un' }, children: [{ type: 'text', value: 'Kim Jong-un' }] },
      { type: 'text', value: ' thăm ' },
      { type: 'element', tagName: 'a', properties: { dataEntity: 'russia' }, children: [{ type: 'text', value: 'Nga' }] },
      { type: 'element', tagName: 'a', properties: { className: ['note-ref'] }, children: [{ type: 'text', value: '1' }] },
      { type: 'text', value: '.' },
    ],
  };
  assert.deepEqual(cellData(cell), {
    text: 'Ông Kim Jong-un thăm Nga.',
    annotations: [
      { start: 4, end: 15, entity: 'kim-jong-un', text: 'Kim Jong-un' },
      { start: 21, end: 24, entity: 'russia', text: 'Nga' },
    ],
  });
});

test('word spans carry their lexicon id and offsets into the same text', () => {
  const cell: Element = {
    type: 'element',
    tagName: 'span',
    properties: { lang: 'vi' },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['word'], dataWord: 'hiệp ước' }, children: [{ type: 'text', value: 'Hiệp ước' }] },
      { type: 'text', value: ' ' },
      { type: 'element', tagName: 'span', properties: { className: ['word'], dataWord: 'này' }, children: [{ type: 'text', value: 'này' }] },
      { type: 'text', value: ' với ' },
      { type: 'element', tagName: 'a', properties: { dataEntity: 'russia' }, children: [{ type: 'text', value: 'Nga' }] },
      { type: 'element', tagName: 'button', properties: { className: ['listen-button'] }, children: [] },
      { type: 'text', value: '.' },
    ],
  };
  const data = cellData(cell);
  assert.equal(data.text, 'Hiệp ước này với Nga.');
  assert.deepEqual(data.words, [
    { start: 0, end: 8, lexicon: 'hiệp ước', text: 'Hiệp ước' },
    { start: 9, end: 12, lexicon: 'này', text: 'này' },
  ]);
});
