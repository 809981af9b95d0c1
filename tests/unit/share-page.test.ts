// The static share page of a sentence (lib/share/share-page.ts) read back with an HTML parser: the
// head carries exactly the tags sentenceHeadTags gives, the body the sentence and a link to it, a
// 0-second refresh sends readers on, there is no script, and hostile text stays text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { readArticle } from '../../lib/content/load';
import { findUnit } from '../../lib/share/card-text';
import { sentenceHeadTags, type HeadTag } from '../../lib/share/metadata';
import { documentShell, sharePageHtml, type SharePageInput } from '../../lib/share/share-page';
import { frontmatter } from './article-source';

const source = `${frontmatter()}\n::::paragraph{#p1}\n:::unit{#s1}\nBình Nhưỡng và Mátxcơva ký hiệp ước.\n\nPyongyang and Moscow sign a treaty.\n:::\n::::\n`;
const { article, findings } = readArticle('content/articles/sample.md', source);
if (!article) throw new Error(findings.map((finding) => finding.message).join('\n'));
const unit = findUnit(article, 's1');
if (!unit) throw new Error('no unit s1');

const EXPORTED_PAGE = `<!DOCTYPE html><html lang="en" class="font-a font-b"><head><meta charSet="utf-8"/>
<link rel="preload" href="/_next/static/media/latin.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>
<link rel="preload" as="script" href="/_next/static/chunks/app.js"/><script src="/_next/static/chunks/app.js" async=""></script>
<link rel="canonical" href="http://localhost:3000/en/"/><link rel="icon" href="/icon.svg?x" sizes="any" type="image/svg+xml"/>
</head><body><p>Library</p></body></html>`;

const shell = documentShell(EXPORTED_PAGE);
const input = (overrides: Partial<SharePageInput> = {}): SharePageInput => ({
  shell,
  locale: 'en',
  title: 'A sentence from “Tiêu đề” · Song Ngữ',
  heading: 'A sentence from “Tiêu đề”',
  vietnamese: unit.vi,
  english: unit.en,
  target: '/en/articles/sample/#s1',
  readInArticle: 'Read it in the article',
  siteName: 'Song Ngữ',
  homeHref: '/en/',
  tags: sentenceHeadTags(article, unit, 'en'),
  ...overrides,
});

function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (node: Element) => void found.push(node));
  return found;
}

/** A head tag as the page has it, in sentenceHeadTags' shape. */
function asHeadTag(node: Element): HeadTag | undefined {
  const { name, property, content, rel, href, hrefLang } = node.properties;
  if (node.tagName === 'meta' && typeof content === 'string') {
    if (typeof property === 'string') return { tag: 'meta', property, content };
    if (typeof name === 'string' && name !== 'viewport' && name !== 'color-scheme') return { tag: 'meta', name, content };
  }
  if (node.tagName === 'link' && Array.isArray(rel) && typeof href === 'string' && (rel.includes('canonical') || rel.includes('alternate'))) {
    return { tag: 'link', rel: rel.join(' '), href, ...(typeof hrefLang === 'string' ? { hrefLang } : {}) };
  }
  return undefined;
}

test('the shell: the <html> font classes, the stylesheet, the font preloads and the icon; no script, no canonical', () => {
  assert.equal(shell.htmlClass, 'font-a font-b');
  assert.deepEqual(
    shell.links.map((link) => link.href),
    ['/_next/static/media/latin.woff2', '/_next/static/chunks/site.css', '/icon.svg?x'],
  );
  assert.throws(() => documentShell('<!doctype html><html><head></head><body></body></html>'), /no stylesheet/);
});

test('the head has exactly the tags of sentenceHeadTags, a title, the refresh and the shell; the body the sentence', () => {
  const html = sharePageHtml(input());
  const nodes = elementsOf(html);
  assert.deepEqual(nodes.map(asHeadTag).filter(Boolean), input().tags);
  assert.equal(toString(nodes.find((node) => node.tagName === 'title') ?? fromHtml('')), 'A sentence from “Tiêu đề” · Song Ngữ');
  const refresh = nodes.find((node) => node.tagName === 'meta' && Array.isArray(node.properties.httpEquiv) && node.properties.httpEquiv.includes('refresh'));
  assert.equal(refresh?.properties.content, '0; url=/en/articles/sample/#s1');
  assert.ok(nodes.some((node) => node.tagName === 'link' && node.properties.href === '/_next/static/chunks/site.css'));
  assert.equal(nodes.find((node) => node.tagName === 'html')?.properties.lang, 'en');
  assert.deepEqual(nodes.find((node) => node.tagName === 'html')?.properties.className, ['font-a', 'font-b']);
  assert.equal(nodes.filter((node) => node.tagName === 'script').length, 0);
  const quote = nodes.find((node) => node.tagName === 'blockquote');
  assert.ok(quote && toString(quote).includes(unit.vi) && toString(quote).includes(unit.en ?? '?'));
  assert.equal(nodes.find((node) => node.tagName === 'a' && node.properties.href === '/en/articles/sample/#s1') !== undefined, true);
  assert.ok(html.startsWith('<!doctype html>'));
});

test('the tags: canonical and hreflang alternates, noindex, the sentence’s card in Open Graph and Twitter', () => {
  const tags = sentenceHeadTags(article, unit, 'vi');
  const value = (key: string) => tags.flatMap((tag) => (tag.tag === 'meta' && ('property' in tag ? tag.property : tag.name) === key ? [tag.content] : []));
  assert.deepEqual(value('og:title'), [unit.vi]);
  assert.deepEqual(value('og:description'), [unit.en]);
  assert.deepEqual(value('robots'), ['noindex, follow']);
  assert.match(value('og:image')[0] ?? '', /\/cards\/sample\/s1\/card\.png$/);
  assert.deepEqual(value('twitter:image'), value('og:image'));
  assert.deepEqual(value('og:url'), tags.flatMap((tag) => (tag.tag === 'link' && tag.rel === 'canonical' ? [tag.href] : [])));
  assert.match(value('og:url')[0] ?? '', /\/vi\/articles\/sample\/s\/s1\/$/);
  assert.deepEqual(
    tags.flatMap((tag) => (tag.tag === 'link' && tag.hrefLang ? [`${tag.hrefLang} ${new URL(tag.href).pathname}`] : [])),
    ['en /en/articles/sample/s/s1/', 'vi /vi/articles/sample/s/s1/', 'x-default /en/articles/sample/s/s1/'],
  );
});

test('hostile text stays text: no element, attribute or script can come out of a sentence or title', () => {
  const hostile = '</title><script>alert(1)</script>"><img src=x onerror=alert(1)>';
  const html = sharePageHtml(input({ title: hostile, heading: hostile, vietnamese: hostile, english: hostile, tags: [{ tag: 'meta', property: 'og:title', content: hostile }] }));
  const nodes = elementsOf(html);
  assert.equal(nodes.filter((node) => node.tagName === 'script' || node.tagName === 'img').length, 0);
  assert.equal(toString(nodes.find((node) => node.tagName === 'h1') ?? fromHtml('')), hostile);
  assert.equal(nodes.find((node) => node.properties.property === 'og:title')?.properties.content, hostile);
});

test('a sentence without a translation has no English paragraph', () => {
  const nodes = elementsOf(sharePageHtml(input({ english: null })));
  assert.equal(nodes.filter((node) => node.tagName === 'p' && node.properties.lang === 'en').length, 0);
});
