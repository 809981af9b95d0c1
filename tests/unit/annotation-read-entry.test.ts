import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { readEntry } from '../../components/islands/annotation-cards/read-entry';

// The entries as the annotation list and the editorial notes render them (data-field per part).
const { document } = parseHTML(`<!doctype html><html><body>
  <p><a class="mention" data-entity="putin" href="#entity-putin">Putin</a> <a class="note-ref" href="#n1">1</a></p>
  <li id="entity-putin">
    <span data-field="name-en" lang="en">Vladimir Putin</span>
    <span data-field="name-vi" lang="vi">Vladimir Putin</span>
    <span data-field="type">Person</span>
    <span data-field="gloss" lang="en">President of Russia</span>
    <a data-field="page" href="/en/entities/putin/">Every mention</a>
    <a data-field="wikidata" href="https://www.wikidata.org/wiki/Q7747">Wikidata</a>
  </li>
  <li id="n1"><p lang="vi">Ghi chú.</p><p lang="en">A note.</p></li>
</body></html>`);

const element = (selector: string) => {
  const found = document.querySelector(selector);
  assert.ok(found, selector);
  return found;
};

test('an entity’s card: its names once each, type, gloss and links, the site’s own not external', () => {
  const content = readEntry(element('a.mention'), element('#entity-putin'), 'Editors’ note', 'http://localhost:3000/en/articles/x/');
  assert.deepEqual(content, {
    kind: 'entity',
    title: [{ text: 'Vladimir Putin', lang: 'en' }],
    type: 'Person',
    paragraphs: [{ text: 'President of Russia', lang: 'en' }],
    links: [
      { href: 'http://localhost:3000/en/entities/putin/', text: 'Every mention', external: false },
      { href: 'https://www.wikidata.org/wiki/Q7747', text: 'Wikidata', external: true },
    ],
  });
});

test('a note’s card: titled in the interface language, its text in both', () => {
  const content = readEntry(element('a.note-ref'), element('#n1'), 'Editors’ note', 'http://localhost:3000/');
  assert.deepEqual(content, {
    kind: 'note',
    title: [{ text: 'Editors’ note' }],
    paragraphs: [
      { text: 'Ghi chú.', lang: 'vi' },
      { text: 'A note.', lang: 'en' },
    ],
    links: [],
  });
});
