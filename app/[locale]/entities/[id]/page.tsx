import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HastFragment } from '@/components/hast-fragment';
import { SiteHeader } from '@/components/site-header';
import { entitiesToRender } from '@/lib/build/export-plan';
import { getEntityIndex } from '@/lib/entities';
import { isLocale, locales } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { siteConcordance } from '@/lib/article';
import { quoteCell } from '@/lib/render/quote';
import { articlePath } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  // The export plan's (lib/build/plan.ts): in an incremental build, only the pages whose concordance changed.
  const ids = entitiesToRender(getEntityIndex().list.map((entity) => entity.id));
  return locales.flatMap((locale) => ids.map((id) => ({ locale, id })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/entities/[id]'>): Promise<Metadata> {
  const { locale, id } = await params;
  const entity = getEntityIndex().byId.get(id);
  if (!entity || !isLocale(locale)) return {};
  return { title: entity.name[locale], description: entity.gloss[locale] };
}

export default async function EntityPage({ params }: PageProps<'/[locale]/entities/[id]'>) {
  const { locale, id } = await params;
  const entity = getEntityIndex().byId.get(id);
  if (!entity || !isLocale(locale)) notFound();
  const t = await getTranslator(locale);
  // Everything read from the mentions must be in concordanceShown (lib/article/concordance.ts): the export plan keys this page by it.
  const mentions = siteConcordance().get(entity.id) ?? [];
  const total = mentions.reduce((sum, entry) => sum + entry.units.length, 0);
  const wikipedia = entity.wikipedia?.[locale] ?? entity.wikipedia?.en;
  return (
    <>
      <SiteHeader t={t} locale={locale} path={`/entities/${entity.id}/`} />
      <main id="main" className="entity-page">
        <p>
          <a href={`/${locale}/entities/`}>{t('entities.title')}</a>
        </p>
        <h1 lang={locale}>{entity.name[locale]}</h1>
        <p className="card-type">{t(`annotations.types.${entity.type}`)}</p>
        <p lang={locale}>
          <strong>{entity.gloss[locale]}</strong>
        </p>
        <p lang={locale}>{entity.explanation[locale]}</p>
        <dl>
          <dt>{t('entities.nameVi')}</dt>
          <dd lang="vi">{entity.name.vi}</dd>
          <dt>{t('entities.nameEn')}</dt>
          <dd lang="en">{entity.name.en}</dd>
          {entity.dates.length ? (
            <>
              <dt>{t('entities.keyDates')}</dt>
              {entity.dates.map((entry) => (
                <dd key={entry.date + entry.en}>
                  <time dateTime={entry.date}>{entry.date}</time>: <span lang={locale}>{entry[locale]}</span>
                </dd>
              ))}
            </>
          ) : null}
          {wikipedia || entity.wikidata ? (
            <>
              <dt>{t('entities.externalLinks')}</dt>
              <dd>
                {wikipedia ? (
                  <a href={wikipedia} rel="noopener noreferrer external">
                    {t('annotations.wikipedia')}
                  </a>
                ) : null}
                {wikipedia && entity.wikidata ? ' · ' : null}
                {entity.wikidata ? (
                  <a href={`https://www.wikidata.org/wiki/${entity.wikidata}`} rel="noopener noreferrer external">
                    {t('annotations.wikidata')} {entity.wikidata}
                  </a>
                ) : null}
              </dd>
            </>
          ) : null}
        </dl>
        <h2>
          {t('entities.concordance')} ({t('entities.mentions', { count: total })})
        </h2>
        {mentions.map(({ article, units }) => (
          <section key={article.meta.slug} aria-labelledby={`in-${article.meta.slug}`}>
            <h3 id={`in-${article.meta.slug}`} lang="vi">
              {article.meta.headline.vi}
            </h3>
            <ol className="concordance">
              {units.map((unit) => (
                <li key={unit.id}>
                  <HastFragment node={quoteCell(unit.vi, 'vi', unit.id, entity.id)} />
                  <HastFragment node={quoteCell(unit.en, 'en', unit.id, entity.id)} />
                  <a className="concordance-source" href={`${articlePath(locale, article.slug)}#${unit.id}`}>
                    #{unit.id}
                  </a>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </main>
    </>
  );
}
