// Where an article ends — the next article in the library and the related ones (lib/article/related.ts)
// — as hast, one rule for both renders of it, like the body (lib/render/article-body.ts): `next dev`
// renders the tree through React (components/article-end.tsx); the production export renders an
// empty slot and the build writes the tree into it as static HTML (lib/render/page-fill.ts). The end
// is the only part of an article's page that shows other articles, so a new headline elsewhere
// rewrites this slot in the pages that show it rather than rendering those pages again with Next
// (lib/build/plan.ts). Pure.
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { TFunction } from 'i18next';
import type { AnalysedArticle } from '../article/model';
import type { ArticleEnd, Mentioning } from '../article/related';
import type { Locale } from '../i18n/config';
import { articlePath } from '../site';

/** What the end reads of an article: its slug and headlines (and, to choose it, its mentions). */
export type Headlined = Mentioning & { meta: { headline: Pick<AnalysedArticle['meta']['headline'], 'vi' | 'en'> } };

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

function headline(article: Headlined, locale: Locale): ElementContent[] {
  return [
    element('a', { href: articlePath(locale, article.slug), className: ['article-end-link'] }, [element('span', { lang: 'vi' }, [text(article.meta.headline.vi)])]),
    element('span', { lang: 'en', className: ['article-end-en'] }, [text(article.meta.headline.en)]),
  ];
}

/** The end of an article's page: a navigation landmark, or nothing when there is no other article. */
export function articleEndTree(end: ArticleEnd<Headlined>, t: TFunction, locale: Locale): Root {
  if (!end.next && !end.related.length) return { type: 'root', children: [] };
  const sections: Element[] = [];
  if (end.next) {
    sections.push(element('section', { className: ['article-end-next'] }, [element('h3', {}, [text(t('article.nextArticle'))]), element('p', {}, headline(end.next, locale))]));
  }
  if (end.related.length) {
    const items = end.related.map(({ article, shared }) =>
      element('li', {}, [...headline(article, locale), element('span', { className: ['article-end-shared'] }, [text(t('article.sharedNames', { count: shared }))])]),
    );
    sections.push(element('section', {}, [element('h3', {}, [text(t('article.relatedArticles'))]), element('ul', { className: ['article-end-related'] }, items)]));
  }
  const nav = element('nav', { className: ['article-end'], ariaLabelledBy: ['article-end-heading'] }, [element('h2', { id: 'article-end-heading' }, [text(t('article.readOn'))]), ...sections]);
  return { type: 'root', children: [nav] };
}

/** The end's HTML as the export writes it into the slot. */
export function articleEndHtml(tree: Root): string {
  return toHtml(tree);
}
