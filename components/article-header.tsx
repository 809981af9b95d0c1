import type { TFunction } from 'i18next';
import type { Frontmatter } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/server';

function Inferred({ basis, t, locale }: { basis?: { en: string; vi: string }; t: TFunction; locale: Locale }) {
  return (
    <span className="inferred">
      {' '}
      ({t('article.inferred')}
      {basis ? <span className="inferred-basis">: {basis[locale]}</span> : null})
    </span>
  );
}

export function ArticleHeader({ meta, t, locale }: { meta: Frontmatter; t: TFunction; locale: Locale }) {
  const { headline, outlet, published, byline } = meta;
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
      {headline.editorial ? <p className="editorial-flag">{t('article.editorialHeadline')}</p> : null}
      <dl className="article-meta">
        <div>
          <dt>{t('article.outlet')}</dt>
          <dd>
            {outlet ? (
              <>
                <span lang="vi">{outlet.name}</span>
                {outlet.mark && outlet.mark !== outlet.name ? <> ({t('article.outletMark', { mark: outlet.mark })})</> : null}
                {outlet.inferred ? <Inferred basis={outlet.basis} t={t} locale={locale} /> : null}
              </>
            ) : (
              t('article.outletUnknown')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('article.published')}</dt>
          <dd>
            <time dateTime={published.time ? `${published.date}T${published.time}` : published.date}>
              {formatDate(published.date, locale)}
              {published.time ? `, ${published.time}` : ''}
            </time>
            {published.inferred ? <Inferred basis={published.basis} t={t} locale={locale} /> : null}
          </dd>
        </div>
        {byline ? (
          <div>
            <dt>{t('article.byline')}</dt>
            <dd lang="vi">{byline}</dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}
