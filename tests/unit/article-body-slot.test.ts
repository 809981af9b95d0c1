// The article body's two renders and its slot: withContentLinks marks external links (and leaves the
// input alone), the React render and the static HTML carry the same links, and fillBodySlot fills only
// an empty slot, once, refusing a page with no slot or two.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { isValidElement, type ReactNode } from 'react';
import { ArticleBody } from '../../components/article-body';
import { articleBodyHtml, EXTERNAL_LINK_REL, withContentLinks } from '../../lib/render/article-body';
import { fillBodySlot } from '../../lib/render/body-slot';
import { CLASS, DATA } from '../../lib/render/contract';

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
