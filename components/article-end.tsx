import type { TFunction } from 'i18next';
import type { AnalysedArticle } from '@/lib/article/model';
import type { ArticleEnd as End } from '@/lib/article/related';
import type { Locale } from '@/lib/i18n/config';
import { articlePath } from '@/lib/site';

function Headline({ article, locale }: { article: AnalysedArticle; locale: Locale }) {
  return (
    <>
      <a href={articlePath(locale, article.slug)} className="article-end-link">
        <span lang="vi">{article.meta.headline.vi}</span>
      </a>
      <span lang="en" className="article-end-en">
        {article.meta.headline.en}
      </span>
    </>
  );
}

/** Where the article ends: the next article in the library and those sharing the most names with it. */
export function ArticleEnd({ end, t, locale }: { end: End<AnalysedArticle>; t: TFunction; locale: Locale }) {
  if (!end.next && !end.related.length) return null;
  return (
    <nav className="article-end" aria-labelledby="article-end-heading">
      <h2 id="article-end-heading">{t('article.readOn')}</h2>
      {end.next ? (
        <section className="article-end-next">
          <h3>{t('article.nextArticle')}</h3>
          <p>
            <Headline article={end.next} locale={locale} />
          </p>
        </section>
      ) : null}
      {end.related.length ? (
        <section>
          <h3>{t('article.relatedArticles')}</h3>
          <ul className="article-end-related">
            {end.related.map(({ article, shared }) => (
              <li key={article.slug}>
                <Headline article={article} locale={locale} />
                <span className="article-end-shared">{t('article.sharedNames', { count: shared })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </nav>
  );
}
