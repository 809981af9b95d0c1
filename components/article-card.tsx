import type { TFunction } from 'i18next';
import type { Article } from '@/lib/content/load';
import { readingMinutes } from '@/lib/content/stats';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/server';

export function ArticleCard({ article, t, locale }: { article: Article; t: TFunction; locale: Locale }) {
  const { meta, structure } = article;
  return (
    <article className="article-card">
      <h2 className="card-title">
        <a href={`/${locale}/articles/${meta.slug}/`}>
          <span lang="vi">{meta.headline.vi}</span>
        </a>
      </h2>
      <p className="card-title-en" lang="en">
        {meta.headline.en}
      </p>
      <p className="card-meta">
        {meta.outlet ? (
          <>
            <span lang="vi">{meta.outlet.name}</span>
            {' · '}
          </>
        ) : null}
        <time dateTime={meta.published.date}>{formatDate(meta.published.date, locale)}</time>
        {' · '}
        {t('library.readingTime', { count: readingMinutes(structure, locale) })}
      </p>
      <p className="card-summary" lang={locale}>
        {meta.summary[locale]}
      </p>
    </article>
  );
}
