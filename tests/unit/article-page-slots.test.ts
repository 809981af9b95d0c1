// The article page's slots and their two renders. The body: withContentLinks marks external links (and
// leaves the input alone), the React render and the static HTML carry the same links, and
// fillBodySlot fills only an empty slot, once. The end: the React render and the static HTML are one
// tree, and setEndSlot sets its slot whatever it held. Both refuse a page with no slot or two.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { isValidElement, type ReactNode } from 'react';
import { ArticleBody } from '../../components/article-body';
import { ArticleEnd } from '../../components/article-end';
import type { ArticleEnd as End } from '../../lib/article/related';
import { articleEndHtml, articleEndTree, type Headlined } from '../../lib/render/article-end';
import { articleBodyHtml, EXTERNAL_LINK_REL, withContentLinks } from '../../lib/render/article-body';
import { fillBodySlot, setEndSlot } from '../../lib/render/page-slots';
import { CLASS, DATA } from '../../lib/render/contract';
import { getTranslator } from '../../lib/i18n/server';

const link = (href: string, text: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] });
const tree = (): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children: [link('https://example.org/a', 'out'), link('#s1', 'here'), link('/en/entities/x/', 'site')] }],
});

function linksOf(html: string): Record<string, string | undefined> {
  const found: Record<string, string | undefined> = {};
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName === 'a') found[String(node.properties.href)] = Array.isArray(node.properties.rel) ? node.properties.rel.join(' ') : undefined;
  });
  return found;
}

test('withContentLinks: only http(s) links get the external rel, and the input tree is unchanged', () => {
  const input = tree();
  const before = structuredClone(input);
  const links = linksOf(articleBodyHtml(input));
  assert.deepEqual(links, { 'https://example.org/a': EXTERNAL_LINK_REL.join(' '), '#s1': undefined, '/en/entities/x/': undefined });
  assert.deepEqual(input, before);
  assert.notEqual(withContentLinks(input), input);
});

/** The links of a React element tree (what ArticleBody returns), as linksOf reads them from HTML. */
function reactLinksOf(node: ReactNode, found: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  if (Array.isArray(node)) node.forEach((child: ReactNode) => reactLinksOf(child, found));
  if (!isValidElement<{ href?: string; rel?: string; children?: ReactNode }>(node)) return found;
  if (node.type === 'a') found[String(node.props.href)] = node.props.rel;
  return reactLinksOf(node.props.children, found);
}

test('the React render (next dev) carries the links the static HTML (export) does; production renders the empty slot', () => {
  const env = process.env.NODE_ENV;
  try {
    Reflect.set(process.env, 'NODE_ENV', 'development');
    const react = ArticleBody({ tree: tree() });
    assert.equal(react.props.className, CLASS.articleBody);
    assert.deepEqual(reactLinksOf(react), linksOf(articleBodyHtml(tree())));
    Reflect.set(process.env, 'NODE_ENV', 'production');
    const slot = ArticleBody({ tree: tree() });
    assert.deepEqual(slot.props, { className: CLASS.articleBody, [DATA.bodySlot.name]: '', dangerouslySetInnerHTML: { __html: '' } });
  } finally {
    Reflect.set(process.env, 'NODE_ENV', env);
  }
});

const SLOT = `<div class="${CLASS.articleBody}" ${DATA.bodySlot.name}=""></div>`;
// The RSC payload names the attribute inside a script string; it is not a slot.
const PAYLOAD = `<script>self.__next_f.push([1,"[\\"$\\",\\"div\\",null,{\\"className\\":\\"article-body\\",\\"${DATA.bodySlot.name}\\":\\"\\"}]"])</script>`;
const page = (body: string) => `<!DOCTYPE html><html><body><main><h1>T</h1>${body}<p>after</p></main>${PAYLOAD}</body></html>`;

test('fillBodySlot fills the empty slot, and a second fill leaves the page as it is without rendering a body', () => {
  const first = fillBodySlot(page(SLOT), () => '<p>Xin chào</p>');
  assert.equal(first.status, 'filled');
  if (first.status !== 'filled') return;
  assert.equal(first.html, page(`<div class="${CLASS.articleBody}" ${DATA.bodySlot.name}=""><p>Xin chào</p></div>`));
  assert.deepEqual(
    fillBodySlot(first.html, () => assert.fail('a filled slot renders no body')),
    { status: 'already-filled' },
  );
});

test('fillBodySlot refuses a page with no slot or with two, naming the page', () => {
  assert.throws(() => fillBodySlot(page('<div class="article-body"></div>'), () => '<p>x</p>', 'en/articles/a'), /en\/articles\/a: expected exactly one article body slot .* found 0/);
  assert.throws(() => fillBodySlot(page(SLOT + SLOT), () => '<p>x</p>', 'en/articles/a'), /found 2/);
});

// --- the article end -------------------------------------------------------------------------------

/** An article as the end reads it: slug and headlines (no units: the choice is made already). */
const headlined = (slug: string, vi: string, en: string): Headlined => ({ slug, units: [], meta: { headline: { vi, en } } });
const END: End<Headlined> = {
  next: headlined('b', 'Bài B', 'Article B'),
  related: [
    { article: headlined('c', 'Bài C', 'Article C'), shared: 1 },
    { article: headlined('d', 'Bài D <&>', 'Article D'), shared: 3 },
  ],
};

test('the end: nothing when there is no other article; else the next article, then the related ones with their counts', async () => {
  const t = await getTranslator('en');
  assert.deepEqual(articleEndTree({ next: null, related: [] }, t, 'en'), { type: 'root', children: [] });
  const html = articleEndHtml(articleEndTree(END, t, 'en'));
  assert.equal(
    html,
    '<nav class="article-end" aria-labelledby="article-end-heading"><h2 id="article-end-heading">Read on</h2>' +
      '<section class="article-end-next"><h3>Next article</h3><p><a href="/en/articles/b/" class="article-end-link"><span lang="vi">Bài B</span></a><span lang="en" class="article-end-en">Article B</span></p></section>' +
      '<section><h3>Related articles</h3><ul class="article-end-related">' +
      '<li><a href="/en/articles/c/" class="article-end-link"><span lang="vi">Bài C</span></a><span lang="en" class="article-end-en">Article C</span><span class="article-end-shared">1 person, place or term in common</span></li>' +
      '<li><a href="/en/articles/d/" class="article-end-link"><span lang="vi">Bài D &#x3C;&#x26;></span></a><span lang="en" class="article-end-en">Article D</span><span class="article-end-shared">3 people, places or terms in common</span></li>' +
      '</ul></section></nav>',
  );
  // In Vietnamese the links stay in the Vietnamese interface.
  assert.match(articleEndHtml(articleEndTree(END, await getTranslator('vi'), 'vi')), /href="\/vi\/articles\/b\/"/);
});

test('the end in React (next dev) is the same tree; production renders the empty slot without choosing the articles', async () => {
  const t = await getTranslator('en');
  const env = process.env.NODE_ENV;
  try {
    Reflect.set(process.env, 'NODE_ENV', 'development');
    assert.deepEqual(reactLinksOf(ArticleEnd({ end: () => END, t, locale: 'en' })), linksOf(articleEndHtml(articleEndTree(END, t, 'en'))));
    Reflect.set(process.env, 'NODE_ENV', 'production');
    const slot = ArticleEnd({ end: () => assert.fail('the export chooses the end after next build'), t, locale: 'en' });
    assert.deepEqual(slot.props, { [DATA.endSlot.name]: '', dangerouslySetInnerHTML: { __html: '' } });
  } finally {
    Reflect.set(process.env, 'NODE_ENV', env);
  }
});

const END_SLOT = `<div ${DATA.endSlot.name}=""></div>`;
const withEnd = (end: string) => page(`${SLOT}${end}`);

test('setEndSlot writes the end into the empty slot, and replaces an end already there', () => {
  const first = setEndSlot(withEnd(END_SLOT), '<nav><p>one</p></nav>');
  assert.equal(first, withEnd(`<div ${DATA.endSlot.name}=""><nav><p>one</p></nav></div>`));
  assert.equal(setEndSlot(first, '<nav><p>two</p></nav>'), withEnd(`<div ${DATA.endSlot.name}=""><nav><p>two</p></nav></div>`));
  assert.equal(setEndSlot(first, ''), withEnd(END_SLOT));
});

test('setEndSlot refuses an end holding a <div> (its slot would not know where it ends), and a page with no slot or two', () => {
  assert.throws(() => setEndSlot(withEnd(END_SLOT), '<div>x</div>', 'en/articles/a'), /en\/articles\/a: the article end must not contain a <div>/);
  assert.throws(() => setEndSlot(withEnd(''), '<nav></nav>', 'en/articles/a'), /expected exactly one article end slot .* found 0/);
  assert.throws(() => setEndSlot(withEnd(END_SLOT + END_SLOT), '<nav></nav>'), /found 2/);
});
