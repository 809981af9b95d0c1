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
