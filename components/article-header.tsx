import type { TFunction } from 'i18next';
import type { Frontmatter } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/server';

/** What the editors say about the metadata itself, in plain words; empty when there is nothing to say. */
function sourceRemarks(meta: Frontmatter, t: TFunction, locale: Locale): string[] {
  const { headline, outlet, published, byline } = meta;
  const remarks: string[] = [];
  if (headline.editorial) remarks.push(t('article.editorialHeadline'));
  if (!outlet) remarks.push(t('article.outletUnknown'));
  else {
    if (outlet.inferred && outlet.basis) remarks.push(t('article.outletWorkedOut', { basis: outlet.basis[locale] }));
    if (outlet.mark && outlet.mark !== outlet.name) remarks.push(t('article.outletMark', { mark: outlet.mark }));
  }
  if (published.inferred && published.basis) remarks.push(t('article.dateWorkedOut', { basis: published.basis[locale] }));
  if (byline) remarks.push(t('article.byline', { name: byline }));
  return remarks;
}

/**
 * The headline in both languages, one line of metadata (outlet · date · reading time) and, behind an
 * ⓘ disclosure that opens without JavaScript, what the editors say about that metadata.
 */
export function ArticleHeader({ meta, t, locale, minutes }: { meta: Frontmatter; t: TFunction; locale: Locale; minutes: number }) {
  const { headline, outlet, published } = meta;
  const remarks = sourceRemarks(meta, t, locale);
  return (
    <header className="article-header">
      <h1 className="article-title">
        <span lang="vi" className="title-vi">
          {headline.vi}
        </span>{' '}
        <span lang="en" className="title-en">
          {headline.en}
        </span>
      </h1>
      <div className="article-meta">
        <p className="article-meta-line">
          {outlet ? (
            <>
              <span lang="vi">{outlet.name}</span>
              {' · '}
            </>
          ) : null}
          <time dateTime={published.time ? `${published.date}T${published.time}` : published.date}>
            {formatDate(published.date, locale)}
            {published.time ? `, ${published.time}` : ''}
          </time>
          {' · '}
          <span>{t('library.readingTime', { count: minutes })}</span>
        </p>
        {remarks.length ? (
          <details className="article-about">
            <summary>
              <span aria-hidden="true" className="about-icon" />
              <span>{t('article.aboutSource')}</span>
            </summary>
            <ul>
              {remarks.map((remark) => (
                <li key={remark} lang={locale}>
                  {remark}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
    </header>
  );
}
