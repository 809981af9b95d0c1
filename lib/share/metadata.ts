// Link-preview metadata (Open Graph, Twitter) and schema.org NewsArticle for article and sentence pages.
// Article pages are React pages and take Next's Metadata; sentence share pages are static HTML written
// after the export (scripts/write-share-pages.ts) and take the same tags as data (sentenceHeadTags).
import type { Metadata } from 'next';
import type { Article } from '../content/load';
import { locales, type Locale } from '../i18n/config';
import type { Unit } from '../article/structure';
import { absoluteUrl, articleCardPath, articlePath, sentenceCardPath, sentencePath } from '../site';

const SITE_NAME = 'Song Ngữ';

/** Vietnamese articles: times printed in the source are Vietnam time (UTC+7). */
export function publishedIso(article: Article): string {
  const { date, time } = article.meta.published;
  return time ? `${date}T${time}:00+07:00` : date;
}

function languageAlternates(path: (locale: Locale) => string) {
  return { ...Object.fromEntries(locales.map((locale) => [locale, path(locale)])), 'x-default': path('en') };
}

export function articleMetadata(article: Article, locale: Locale): Metadata {
  const { slug, headline, summary } = article.meta;
  const url = absoluteUrl(articlePath(locale, slug));
  const title = `${headline.vi} | ${headline.en}`;
  const image = { url: absoluteUrl(articleCardPath(slug)), width: 1200, height: 630, alt: title, type: 'image/png' };
  return {
    title: headline.vi,
    description: summary[locale],
    alternates: { canonical: url, languages: languageAlternates((other) => articlePath(other, slug)) },
    openGraph: {
      type: 'article',
      siteName: SITE_NAME,
      title,
      description: summary.en,
      url,
      locale: 'vi_VN',
      alternateLocale: ['en_GB'],
      publishedTime: publishedIso(article),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description: summary.en, images: [image] },
  };
}

/** One tag of a page's <head>, as data. */
export type HeadTag =
  | { tag: 'meta'; name: string; content: string }
  | { tag: 'meta'; property: string; content: string }
  | { tag: 'link'; rel: string; href: string; hrefLang?: string };

/** Between a page's own title and the site's name (the locale layout's title template uses it too). */
export const TITLE_SEPARATOR = ' · ';

/**
 * The head of a sentence's share page: description, robots, canonical and hreflang links, Open Graph
 * and Twitter tags with the sentence's card. The one source of these tags: the static share page
 * (lib/share/share-page.ts) writes them and tests/static reads them back.
 */
export function sentenceHeadTags(article: Article, unit: Unit, locale: Locale): HeadTag[] {
  const { slug } = article.meta;
  const url = absoluteUrl(sentencePath(locale, slug, unit.id));
  const description = unit.en ?? '';
  const image = absoluteUrl(sentenceCardPath(slug, unit.id));
  const property = (key: string, content: string): HeadTag => ({ tag: 'meta', property: key, content });
  const name = (key: string, content: string): HeadTag => ({ tag: 'meta', name: key, content });
  const card = (tag: (key: string, content: string) => HeadTag, prefix: 'og' | 'twitter') => [
    tag(`${prefix}:image`, image),
    tag(`${prefix}:image:type`, 'image/png'),
    tag(`${prefix}:image:width`, '1200'),
    tag(`${prefix}:image:height`, '630'),
    tag(`${prefix}:image:alt`, `${unit.vi} / ${description}`),
  ];
  return [
    name('description', description),
    name('robots', 'noindex, follow'),
    { tag: 'link', rel: 'canonical', href: url },
    ...Object.entries(languageAlternates((other) => absoluteUrl(sentencePath(other, slug, unit.id)))).map(
      ([hrefLang, href]): HeadTag => ({ tag: 'link', rel: 'alternate', hrefLang, href }),
    ),
    property('og:title', unit.vi),
    property('og:description', description),
    property('og:url', url),
    property('og:site_name', SITE_NAME),
    property('og:locale', 'vi_VN'),
    property('og:locale:alternate', 'en_GB'),
    property('og:type', 'article'),
    property('article:published_time', publishedIso(article)),
    ...card(property, 'og'),
    name('twitter:card', 'summary_large_image'),
    name('twitter:title', unit.vi),
    name('twitter:description', description),
    ...card(name, 'twitter'),
  ];
}

/** schema.org NewsArticle: the Vietnamese original as published, with our English as its translation. */
export function newsArticleJsonLd(article: Article, locale: Locale): object {
  const { slug, headline, summary, outlet, source } = article.meta;
  const url = absoluteUrl(articlePath(locale, slug));
  const publisher = outlet ? { '@type': 'NewsMediaOrganization', name: outlet.name } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: url,
    headline: headline.vi,
    description: summary.vi,
    inLanguage: 'vi',
    datePublished: publishedIso(article),
    image: absoluteUrl(articleCardPath(slug)),
    ...(publisher ? { publisher } : {}),
    ...(article.meta.byline ? { creditText: article.meta.byline } : {}),
    isBasedOn: {
      '@type': 'NewsArticle',
      ...(source.url ? { url: source.url } : {}),
      ...(headline.editorial ? {} : { headline: headline.vi }),
      inLanguage: 'vi',
      datePublished: publishedIso(article),
      ...(publisher ? { publisher } : {}),
    },
    workTranslation: {
      '@type': 'NewsArticle',
      headline: headline.en,
      description: summary.en,
      inLanguage: 'en',
      url,
      translator: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/') },
      translationOfWork: { '@id': `${url}#article` },
    },
  };
}
