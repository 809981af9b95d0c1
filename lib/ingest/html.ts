// A saved HTML page → the same numbered lines the text rules read, plus the metadata the page
// declares. The article is found with @mozilla/readability (Firefox Reader View) on a linkedom
// document; metadata comes from og:title, og:site_name, article:published_time, JSON-LD
// NewsArticle (headline, datePublished, author, publisher) and <link rel=canonical>.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { foldVietnamese, nfc } from '../text/fold';
import { parseDateLine, parseIsoDate } from './rules/date';
import type { BlockType, FoundMetadata, SourceLine } from './types';

export interface HtmlArticle {
  lines: SourceLine[];
  metadata: FoundMetadata[];
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, figcaption, li, blockquote, pre, td, dd, dt';
const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BlogPosting', 'WebPage']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function clean(text: string | null | undefined): string {
  return nfc(text ?? '').replace(/\s+/gu, ' ').trim();
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value) || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => Boolean(name));
    return names.length ? names.join(', ') : undefined;
  }
  if (isRecord(value)) return nameOf(value.name);
  return undefined;
}

/** The first JSON-LD object that is an article, looking inside arrays and @graph. */
function jsonLdArticle(document: Document): Record<string, unknown> | undefined {
  const queue: unknown[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      queue.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is the page's problem; the other sources of metadata still apply.
    }
  }
  while (queue.length) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (isRecord(item)) {
      const type = item['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((entry) => typeof entry === 'string' && ARTICLE_TYPES.has(entry) && entry !== 'WebPage')) return item;
      if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
    }
  }
  return undefined;
}

function meta(document: Document, key: string): string | undefined {
  const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  return clean(element?.getAttribute('content')) || undefined;
}

/** Metadata the page declares, each with where it was found; the first found for a field wins. */
export function pageMetadata(document: Document): FoundMetadata[] {
  const found: FoundMetadata[] = [];
  const add = (field: FoundMetadata['field'], value: string | undefined, where: string) => {
    if (value && !found.some((entry) => entry.field === field)) found.push({ field, value, where });
  };
  const article = jsonLdArticle(document);
  add('headline', typeof article?.headline === 'string' ? clean(article.headline) : undefined, 'JSON-LD NewsArticle.headline');
  add('headline', meta(document, 'og:title'), 'meta og:title');
  for (const [value, where] of [
    [typeof article?.datePublished === 'string' ? article.datePublished : undefined, 'JSON-LD NewsArticle.datePublished'],
    [meta(document, 'article:published_time'), 'meta article:published_time'],
  ] as const) {
    const date = value ? parseIsoDate(value) : undefined;
    if (!date || found.some((entry) => entry.field === 'date')) continue;
    add('date', date.date, where);
    if (date.time) add('time', date.time, where);
  }
  add('byline', nameOf(article?.author), 'JSON-LD NewsArticle.author');
  add('outletName', nameOf(article?.publisher), 'JSON-LD NewsArticle.publisher');
  add('outletName', meta(document, 'og:site_name'), 'meta og:site_name');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  add('sourceUrl', canonical && /^https?:\/\//u.test(canonical) ? canonical : undefined, 'link rel=canonical');
  add('sourceUrl', meta(document, 'og:url'), 'meta og:url');
  return tidy(found);
}

/**
 * Titles often carry the site's name ("Tiêu đề - VnExpress", "Tiêu đề | Báo Dân trí"), and some
 * sites name themselves as the author: neither is part of the headline or a byline.
 */
function tidy(found: FoundMetadata[]): FoundMetadata[] {
  const site = found.find((entry) => entry.field === 'outletName')?.value;
  return found
    .map((entry) => {
      if (entry.field !== 'headline' || entry.where.startsWith('JSON-LD')) return entry;
      const parts = entry.value.split(/\s+[-|–—]\s+/u);
      const last = parts.at(-1) ?? '';
      const fold = (value: string) => foldVietnamese(value).toLowerCase().replace(/^bao\s+/u, '').trim();
      const siteLike = (site !== undefined && (fold(last).includes(fold(site)) || fold(site).includes(fold(last)))) || /\.(?:vn|com|net)$/iu.test(last);
      return parts.length > 1 && siteLike ? { ...entry, value: parts.slice(0, -1).join(' - ') } : entry;
    })
    .filter((entry) => !(entry.field === 'byline' && site && entry.value.toLocaleLowerCase('vi') === site.toLocaleLowerCase('vi')));
}

/** Related boxes also carry "description" paragraphs; a sapo is never inside one. */
const RELATED_BOX = /related|lienquan|lien-quan|box-tin|item-news|same-cate|cung-chuyen-muc|tin-khac|most-read|doc-nhieu/iu;
/** A class token naming a lede: "singular-sapo", "description", "article__sapo", "chapeau", "lead". */
const SAPO_CLASS = /(?:^|[\s_-])(?:sapo|summary|description|desc|chapeau|lead|lede|excerpt|intro)(?:$|[\s_-])/iu;
/** Site chrome: a site header shows today's date, a footer the publisher's blurb; neither is the article's. */
const CHROME = /^(?:header|nav|footer|aside|form|button|select|meta|head|title|script|style|noscript)$/iu;
const DATE_ELEMENTS = '[itemprop="datePublished"], time, [class*="date"], [class*="time"], [class*="publish"]';

/** Inside a related box, or in the site's chrome (a header, nav or footer that is not part of an <article>). */
function outsideArticle(element: Element): boolean {
  let chrome = false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (RELATED_BOX.test(node.getAttribute('class') ?? '') || RELATED_BOX.test(node.getAttribute('id') ?? '')) return true;
    if (node.tagName.toLowerCase() === 'article') return false;
    if (CHROME.test(node.tagName)) chrome = true;
  }
  return chrome;
}

/**
 * The lede (sapo) many Vietnamese CMSs print between the headline and the article container
 * (Dân trí "singular-sapo", VnExpress "description", Tuổi Trẻ "detail-sapo", VOV "article-summary").
 * Readability keeps only the container, so the lede would be lost: it is looked up by its class.
 */
export function findSapo(document: Document): { text: string; where: string } | undefined {
  for (const element of document.querySelectorAll('[class]')) {
    if (!SAPO_CLASS.test(element.getAttribute('class') ?? '') || outsideArticle(element)) continue;
    const text = elementText(element);
    if (text.length >= 40) return { text, where: `sapo <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">` };
  }
  return undefined;
}

/** A date printed in the page's header or byline area, outside the text Readability keeps. */
export function findPrintedDate(document: Document): { date: string; time?: string; where: string } | undefined {
  for (const element of document.querySelectorAll(DATE_ELEMENTS)) {
    if (outsideArticle(element)) continue;
    const label = `<${element.tagName.toLowerCase()}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}>`;
    const printed = parseDateLine(elementText(element));
    if (printed) return { date: printed.date, ...(printed.time ? { time: printed.time } : {}), where: `the page, ${label}` };
    const attribute = element.getAttribute('datetime');
    const iso = attribute ? (parseIsoDate(attribute) ?? parseDateLine(attribute)) : undefined;
    if (iso) return { date: iso.date, ...(iso.time ? { time: iso.time } : {}), where: `the page, ${label} datetime` };
  }
  return undefined;
}

/** Text of a block; children that are all elements (share bars, tag lists) are joined with spaces. */
function elementText(element: Element): string {
  const children = [...element.childNodes];
  const onlyElements = children.length > 1 && children.every((child) => isElement(child) || !(child.textContent ?? '').trim());
  if (onlyElements) return clean(children.map((child) => child.textContent ?? '').join(' '));
  return clean(element.textContent);
}

function hintOf(element: Element): BlockType | undefined {
  const tag = element.tagName.toLowerCase();
  if (tag === 'figcaption') return 'caption';
  if (/^h[1-6]$/u.test(tag)) return 'heading';
  return undefined;
}

/** The innermost block elements of the extracted article, in document order, as numbered lines. */
function blockLines(root: Element): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    if (element.querySelector(BLOCKS)) continue;
    const text = elementText(element);
    if (!text) continue;
    const hint = hintOf(element);
    lines.push({ line: lines.length + 1, text, trailingSpace: false, ...(hint ? { hint } : {}) });
  }
  return lines;
}

export function readHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const metadata = pageMetadata(document);
  const sapo = findSapo(document);
  if (!metadata.some((entry) => entry.field === 'date')) {
    const printed = findPrintedDate(document);
    if (printed) {
      metadata.push({ field: 'date', value: printed.date, where: printed.where });
      if (printed.time) metadata.push({ field: 'time', value: printed.time, where: printed.where });
    }
  }
  const article = new Readability<Node>(document, { serializer: (node: Node) => node, charThreshold: 100 }).parse();
  const content = article?.content;
  if (article?.byline && !metadata.some((entry) => entry.field === 'byline')) {
    metadata.push({ field: 'byline', value: clean(article.byline), where: 'Readability byline (rel=author or a byline class)' });
  }
  if (article?.title && !metadata.some((entry) => entry.field === 'headline')) {
    metadata.push(...tidy([...metadata.filter((entry) => entry.field === 'outletName'), { field: 'headline', value: clean(article.title), where: 'the page <title>' }]).filter((entry) => entry.field === 'headline'));
  }
  // Readability found no article: fall back to every block element of the page body.
  const root = content && isElement(content) ? content : parseHTML(html).document.body;
  const lines = root ? blockLines(root) : [];
  if (sapo && !lines.some((line) => line.text === sapo.text || line.text.includes(sapo.text))) {
    const withSapo = [{ line: 0, text: sapo.text, trailingSpace: false }, ...lines].map((line, index) => ({ ...line, line: index + 1 }));
    return { lines: withSapo, metadata: [...metadata, { field: 'sapo', value: sapo.text, where: `block 1, ${sapo.where}` }] };
  }
  return { lines, metadata };
}
