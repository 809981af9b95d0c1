// An Atom 1.0 feed (RFC 4287) of the published articles, newest first.
import type { Article } from '../content/load';
import { absoluteUrl, articlePath } from '../site';
import { publishedIso } from './metadata';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);

/** Atom needs a full timestamp; a date-only publication is taken as midnight in Vietnam. */
function timestamp(article: Article): string {
  const iso = publishedIso(article);
  return iso.includes('T') ? iso : `${iso}T00:00:00+07:00`;
}

export function atomFeed(articles: Article[], texts: { title: string; subtitle: string }): string {
  const sorted = [...articles].sort((a, b) => Date.parse(timestamp(b)) - Date.parse(timestamp(a)));
  const updated = sorted[0] ? timestamp(sorted[0]) : '1970-01-01T00:00:00Z';
  const entries = sorted.map((article) => {
    const { slug, headline, summary, outlet } = article.meta;
    return `  <entry>
    <id>${escapeXml(absoluteUrl(articlePath('vi', slug)))}</id>
    <title>${escapeXml(`${headline.vi} | ${headline.en}`)}</title>
    <link rel="alternate" type="text/html" hreflang="vi" href="${escapeXml(absoluteUrl(articlePath('vi', slug)))}"/>
    <link rel="alternate" type="text/html" hreflang="en" href="${escapeXml(absoluteUrl(articlePath('en', slug)))}"/>
    <published>${timestamp(article)}</published>
    <updated>${timestamp(article)}</updated>
    <author><name>${escapeXml(outlet?.name ?? 'Song Ngữ')}</name></author>
    <summary type="text">${escapeXml(`${summary.en}\n\n${summary.vi}`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(absoluteUrl('/'))}</id>
  <title>${escapeXml(texts.title)}</title>
  <subtitle>${escapeXml(texts.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl('/feed.xml'))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl('/'))}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
