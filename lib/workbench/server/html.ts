// The workbench's pages, rendered on the server: the article list works without JavaScript; the
// editor page is a shell the client bundle fills from the data embedded as JSON (a data block, not
// a script, so the strict policy below holds: no inline script at all).
import 'server-only';
import { localeNames, locales, type Locale } from '../../i18n/config';
import { messagesFor } from '../../i18n/resources';
import { createTranslator } from '../../client/i18n/translator';
import { scriptJson } from '../../share/script-json';
import type { ArticleSummary, WorkbenchArticle } from '../view';

export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export function workbenchMessages(locale: Locale) {
  const messages = messagesFor(locale);
  return { workbench: messages.workbench, partsOfSpeech: messages.partsOfSpeech };
}

export function translatorFor(locale: Locale) {
  return createTranslator(locale, workbenchMessages(locale));
}

function page(locale: Locale, title: string, body: string, options: { token?: string; data?: unknown; path: string }): string {
  const t = translatorFor(locale);
  const switcher = locales
    .map((other) => (other === locale ? `<span aria-current="true">${escapeHtml(localeNames[other])}</span>` : `<a href="${escapeHtml(options.path)}?lang=${other}" lang="${other}" hreflang="${other}">${escapeHtml(localeNames[other])}</a>`))
    .join(' ');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${options.token ? `<meta name="workbench-token" content="${escapeHtml(options.token)}">` : ''}
<link rel="stylesheet" href="/assets/workbench.css">
${options.data === undefined ? '' : '<script type="module" src="/assets/workbench.js"></script>'}
</head>
<body>
<header class="wb-bar">
<a class="wb-home" href="/">${escapeHtml(t('workbench.title'))}</a>
<nav class="wb-languages" aria-label="${escapeHtml(t('workbench.language'))}">${switcher}</nav>
</header>
${body}
${options.data === undefined ? '' : `<script type="application/json" id="workbench-data">${scriptJson(options.data)}</script>`}
</body>
</html>
`;
}

export function listPage(locale: Locale, articles: readonly ArticleSummary[]): string {
  const t = translatorFor(locale);
  const items = articles
    .map(
      (article) => `<li class="wb-article">
<a href="/edit/${escapeHtml(article.slug)}" lang="vi">${escapeHtml(article.headline)}</a>
<span class="wb-badge wb-badge-${article.status}">${escapeHtml(t(`workbench.articleStatus.${article.status}`))}</span>
<span class="wb-count">${escapeHtml(t('workbench.progress', { translated: article.translated, total: article.units }))}</span>
</li>`,
    )
    .join('\n');
  return page(locale, t('workbench.title'), `<main class="wb-list"><h1>${escapeHtml(t('workbench.articles'))}</h1>\n<ul>\n${items}\n</ul></main>`, { path: '/' });
}

export function editorPage(locale: Locale, article: WorkbenchArticle, token: string): string {
  const t = translatorFor(locale);
  const body = `<main id="workbench" class="wb-editor" data-slug="${escapeHtml(article.slug)}">
<h1 lang="vi">${escapeHtml(article.headline.vi)}</h1>
<p class="wb-loading">${escapeHtml(t('workbench.loading'))}</p>
</main>`;
  return page(locale, `${article.headline.vi} · ${t('workbench.title')}`, body, { token, data: { locale, messages: workbenchMessages(locale), article }, path: `/edit/${article.slug}` });
}

export function messagePage(locale: Locale, status: 'token' | 'missing', path: string): string {
  const t = translatorFor(locale);
  return page(locale, t('workbench.title'), `<main class="wb-list"><h1>${escapeHtml(t(`workbench.refused.${status}Title`))}</h1><p>${escapeHtml(t(`workbench.refused.${status}`))}</p></main>`, { path });
}
