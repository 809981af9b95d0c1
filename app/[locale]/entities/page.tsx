import type { Metadata } from 'next';
import { SiteHeader } from '@/components/site-header';
import { getEntityIndex } from '@/lib/entities';
import { ENTITY_TYPES } from '@/lib/entities/schema';
import { localeOf } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { siteConcordance } from '@/lib/article';

export async function generateMetadata({ params }: PageProps<'/[locale]/entities'>): Promise<Metadata> {
  const t = await getTranslator(await localeOf(params));
  return { title: t('entities.title'), description: t('entities.intro') };
}

export default async function EntityIndexPage({ params }: PageProps<'/[locale]/entities'>) {
  const locale = await localeOf(params);
  const t = await getTranslator(locale);
  const entities = getEntityIndex().list;
  const mentions = siteConcordance();
  const collator = new Intl.Collator(locale);
  return (
    <>
      <SiteHeader t={t} locale={locale} path="/entities/" />
      <main id="main" className="entity-index">
        <h1>{t('entities.title')}</h1>
        <p>{t('entities.intro')}</p>
        {ENTITY_TYPES.map((type) => {
          const group = entities.filter((entity) => entity.type === type).sort((a, b) => collator.compare(a.name[locale], b.name[locale]));
          if (!group.length) return null;
          return (
            <section key={type} aria-labelledby={`type-${type}`}>
              <h2 id={`type-${type}`}>{t(`annotations.typesPlural.${type}`)}</h2>
              <ul>
                {group.map((entity) => {
                  const count = (mentions.get(entity.id) ?? []).reduce((sum, entry) => sum + entry.units.length, 0);
                  return (
                    <li key={entity.id}>
                      <a href={`/${locale}/entities/${entity.id}/`} lang={locale}>
                        {entity.name[locale]}
                      </a>{' '}
                      {entity.name.vi !== entity.name.en ? <span lang={locale === 'vi' ? 'en' : 'vi'}>({entity.name[locale === 'vi' ? 'en' : 'vi']})</span> : null}
                      <span className="entity-gloss" lang={locale}>
                        {entity.gloss[locale]}
                      </span>
                      <span className="entity-count">{t('entities.mentions', { count })}</span>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </main>
    </>
  );
}
