import type { MetadataRoute } from 'next';
import { getPublishedArticles } from '@/lib/content/load';
import { getEntityIndex } from '@/lib/entities';
import { locales } from '@/lib/i18n/config';
import { publishedIso } from '@/lib/share/metadata';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** One entry per page and interface language, each naming its other-language alternate. */
function entry(path: string, lastModified?: string): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(`/${locale}${path}`)]));
  return locales.map((locale) => ({ url: absoluteUrl(`/${locale}${path}`), ...(lastModified ? { lastModified } : {}), alternates: { languages } }));
}

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getPublishedArticles();
  return [
    ...entry('/'),
    ...articles.flatMap((article) => entry(`/articles/${article.meta.slug}/`, publishedIso(article))),
    ...entry('/entities/'),
    ...getEntityIndex().list.flatMap((entity) => entry(`/entities/${entity.id}/`)),
    ...entry('/timeline/'),
    ...entry('/search/'),
    ...entry('/data/'),
  ];
}
