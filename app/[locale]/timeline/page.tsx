import type { Metadata } from 'next';
import { SiteHeader } from '@/components/site-header';
import { getArticle, getPublishedArticles } from '@/lib/content/load';
import { getEntityIndex } from '@/lib/entities';
import { localeOf } from '@/lib/i18n/config';
import { formatPartialDate, getTranslator } from '@/lib/i18n/server';
import { findUnit } from '@/lib/share/card-text';
import { articlePath } from '@/lib/site';
import { getTimeline, timelineContext } from '@/lib/timeline/load';

export async function generateMetadata({ params }: PageProps<'/[locale]/timeline'>): Promise<Metadata> {
  const t = await getTranslator(await localeOf(params));
  return { title: t('timeline.title'), description: t('timeline.intro') };
}

export default async function TimelinePage({ params }: PageProps<'/[locale]/timeline'>) {
  const locale = await localeOf(params);
  const t = await getTranslator(locale);
  const entities = getEntityIndex();
  // Newest first, like the library; grouped by year, with a row of years to jump to.
  const events = [...getTimeline(timelineContext(getPublishedArticles(), entities.byId.keys()))].reverse();
  const years = [...new Set(events.map((event) => event.date.slice(0, 4)))];
  return (
    <>
      <SiteHeader t={t} locale={locale} path="/timeline/" />
      <main id="main" className="timeline">
        <h1>{t('timeline.title')}</h1>
        <p>{t('timeline.intro')}</p>
        <nav aria-label={t('timeline.years')}>
          <ul className="timeline-years">
            {years.map((year) => (
              <li key={year}>
                <a href={`#year-${year}`}>{year}</a>
              </li>
            ))}
          </ul>
        </nav>
        {years.map((year) => (
          <section key={year} aria-labelledby={`year-${year}`}>
            <h2 id={`year-${year}`} className="timeline-year">
              {year}
            </h2>
            <ol className="timeline-events">
              {events
                .filter((event) => event.date.startsWith(year))
                .map((event) => (
                <li key={event.id} id={event.id} className="timeline-event">
                  <p className="timeline-date">
                    <time dateTime={event.date}>{formatPartialDate(event.date, locale)}</time>
                  </p>
                  <h3 lang={locale}>{event.title[locale]}</h3>
                  <p lang={locale}>{event.summary[locale]}</p>
                  <h4>{t('timeline.reportedIn')}</h4>
                  <ul className="timeline-reports">
                    {event.reports.map((reference) => {
                      const [slug = '', unitId = ''] = reference.split('#');
                      const article = getArticle(slug);
                      const unit = article && findUnit(article, unitId);
                      if (!article || !unit) return null;
                      return (
                        <li key={reference}>
                          <a href={`${articlePath(locale, slug)}#${unitId}`}>
                            <span lang="vi">{unit.vi}</span>
                          </a>
                          {unit.en ? (
                            <span lang="en" className="timeline-en">
                              {unit.en}
                            </span>
                          ) : null}
                          <span className="timeline-source" lang="vi">
                            {article.meta.headline.vi}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                  {event.entities.length ? (
                    <p className="timeline-entities">
                      <span>{t('timeline.involves')}</span>{' '}
                      {event.entities.map((id, index) => {
                        const entity = entities.byId.get(id);
                        return entity ? (
                          <span key={id}>
                            {index ? ', ' : ''}
                            <a href={`/${locale}/entities/${id}/`} lang={locale}>
                              {entity.name[locale]}
                            </a>
                          </span>
                        ) : null;
                      })}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </main>
    </>
  );
}
