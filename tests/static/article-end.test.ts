// Each article page ends with where to read on, written into its slot after `next build`
// (lib/render/page-fill.ts): the next article in the library's order, then related ones, each a link
// with both headlines. Read from the exported HTML; the slot is not in the page's RSC payload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toString } from 'hast-util-to-string';
import { DATA } from '../../lib/render/contract';
import { articles } from '../e2e/site-data';
import { elements, page, readOut } from './out';

for (const locale of ['en', 'vi'] as const) {
  test(`${locale}: every article page ends with its next article and related ones, linked with both headlines`, () => {
    for (const [index, article] of articles.entries()) {
      const tree = page(`/${locale}/articles/${article.slug}/`);
      const slots = elements(tree, (element) => element.properties[DATA.endSlot.property] !== undefined);
      assert.equal(slots.length, 1, `${article.slug}: one end slot`);
      const [slot] = slots;
      assert.ok(slot);
      const [nav] = elements(slot, (element) => element.tagName === 'nav');
      assert.ok(nav, `${article.slug}: the end is a navigation landmark`);
      const links = elements(nav, (element) => element.tagName === 'a').map((link) => String(link.properties.href));
      // The library is newest first; after the oldest comes the newest again.
      const next = articles[(index + 1) % articles.length];
      assert.ok(next);
      assert.equal(links[0], `/${locale}/articles/${next.slug}/`, `${article.slug}: the next article first`);
      assert.ok(links.length > 1, `${article.slug}: related articles (all five share names)`);
      assert.ok(!links.includes(`/${locale}/articles/${article.slug}/`), `${article.slug}: never itself`);
      const text = toString(nav);
      for (const href of links) {
        const linked = articles.find((candidate) => href === `/${locale}/articles/${candidate.slug}/`);
        assert.ok(linked, href);
        assert.ok(text.includes(linked.headline.vi) && text.includes(linked.headline.en ?? ''), `${article.slug}: both headlines of ${linked.slug}`);
      }
      const payload = readOut(`/${locale}/articles/${article.slug}/__next._full.txt`);
      assert.ok(!payload.includes(next.headline.vi), `${article.slug}: the end is not in the RSC payload`);
    }
  });
}
