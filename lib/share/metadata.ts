// Link-preview metadata (Open Graph, Twitter) and schema.org NewsArticle for article and sentence pages.
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

export function sentenceMetadata(article: Article, unit: Unit, locale: Locale, title: string): Metadata {
  const { slug } = article.meta;
  const url = absoluteUrl(sentencePath(locale, slug, unit.id));
  const description = unit.en ?? '';
  const image = { url: absoluteUrl(sentenceCardPath(slug, unit.id)), width: 1200, height: 630, alt: `${unit.vi} / ${description}`, type: 'image/png' };
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates((other) => sentencePath(other, slug, unit.id)) },
    robots: { index: false, follow: true },
    openGraph: { type: 'article', siteName: SITE_NAME, title: unit.vi, description, url, locale: 'vi_VN', alternateLocale: ['en_GB'], publishedTime: publishedIso(article), images: [image] },
    twitter: { card: 'summary_large_image', title: unit.vi, description, images: [image] },
  };
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
