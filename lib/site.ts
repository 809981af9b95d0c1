/** The public origin, for canonical URLs, feeds, sitemaps and preview cards. Set SONG_NGU_SITE_URL when deploying. */
export const siteUrl = new URL(process.env.SONG_NGU_SITE_URL ?? 'http://localhost:3000/');

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).href;
}

export const articlePath = (locale: string, slug: string) => `/${locale}/articles/${slug}/`;
/** A page per sentence that gives link previews the sentence's own card and sends readers on to it. */
export const sentencePath = (locale: string, slug: string, unitId: string) => `/${locale}/articles/${slug}/s/${unitId}/`;
export const entityPath = (locale: string, entityId: string) => `/${locale}/entities/${entityId}/`;
export const articleCardPath = (slug: string) => `/cards/${slug}/card.png`;
export const sentenceCardPath = (slug: string, unitId: string) => `/cards/${slug}/${unitId}/card.png`;
