// A sentence's share page as a small static HTML document: the link-preview tags (from
// sentenceHeadTags), the sentence in both languages, a link to it in the article and a 0-second meta
// refresh there (no script, so it works without JavaScript). Written after the export by
// scripts/write-share-pages.ts instead of a React page per sentence. Pure: data in, HTML out.
import type { Element, ElementContent, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { HeadTag } from './metadata';

/** What the page borrows from the site's own export so that it looks like the site: fonts, CSS, icon. */
export interface DocumentShell {
  /** The <html> classes that name the font variables. */
  htmlClass: string;
  /** The stylesheet, font preload and icon links of an exported page, in order. */
  links: Properties[];
}

export interface SharePageInput {
  shell: DocumentShell;
  locale: string;
  /** The document title, the site's name included. */
  title: string;
  heading: string;
  vietnamese: string;
  english: string | null;
  /** The sentence in its article (`/<locale>/articles/<slug>/#<unit>`). */
  target: string;
  readInArticle: string;
  siteName: string;
  homeHref: string;
  tags: HeadTag[];
}

const element = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

function headElement(tag: HeadTag): Element {
  if (tag.tag === 'link') return element('link', { rel: [tag.rel], href: tag.href, ...(tag.hrefLang ? { hrefLang: tag.hrefLang } : {}) });
  return element('meta', 'property' in tag ? { property: tag.property, content: tag.content } : { name: tag.name, content: tag.content });
}

const KEPT_LINKS = new Set(['stylesheet', 'icon']);

/** The shell of an exported page (its <html> classes and asset links), read with an HTML parser. */
export function documentShell(html: string): DocumentShell {
  const tree: Root = fromHtml(html);
  let htmlClass = '';
  const links: Properties[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'html') htmlClass = Array.isArray(node.properties.className) ? node.properties.className.join(' ') : '';
    if (node.tagName !== 'link') return;
    const rel = Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : [];
    const isFontPreload = rel.includes('preload') && node.properties.as === 'font';
    if (isFontPreload || rel.some((value) => KEPT_LINKS.has(value))) links.push({ ...node.properties });
  });
  if (!links.some((link) => Array.isArray(link.rel) && link.rel.includes('stylesheet'))) throw new Error('documentShell: the page links no stylesheet');
  return { htmlClass, links };
}

export function sharePageHtml(input: SharePageInput): string {
  const { shell } = input;
  const head = element('head', {}, [
    element('meta', { charSet: 'utf-8' }),
    element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element('meta', { name: 'color-scheme', content: 'light dark' }),
    element('title', {}, [text(input.title)]),
    ...input.tags.map(headElement),
    element('meta', { httpEquiv: ['refresh'], content: `0; url=${input.target}` }),
    ...shell.links.map((properties) => element('link', properties)),
  ]);
  const body = element('body', {}, [
    element('header', { className: ['site-header'] }, [element('a', { className: ['site-name'], lang: 'vi', href: input.homeHref }, [text(input.siteName)])]),
    element('main', { id: 'main', className: ['sentence-page'] }, [
      element('h1', {}, [text(input.heading)]),
      element('blockquote', {}, [
        element('p', { lang: 'vi' }, [text(input.vietnamese)]),
        ...(input.english ? [element('p', { lang: 'en', className: ['cell-en'] }, [text(input.english)])] : []),
      ]),
      element('p', {}, [element('a', { href: input.target }, [text(input.readInArticle)])]),
    ]),
  ]);
  const html = element('html', { lang: input.locale, ...(shell.htmlClass ? { className: shell.htmlClass.split(' ') } : {}) }, [head, body]);
  return `${toHtml({ type: 'root', children: [{ type: 'doctype' }, html] })}\n`;
}
