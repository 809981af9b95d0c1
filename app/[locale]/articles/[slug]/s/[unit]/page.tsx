import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site-header';
import { getArticle, getPublishedArticles } from '@/lib/content/load';
import { isLocale, locales } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { findUnit } from '@/lib/share/card-text';
import { sentenceMetadata } from '@/lib/share/metadata';
import { articlePath } from '@/lib/site';

// One page per sentence: link previews read its card; people are sent straight on to the sentence.
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) =>
    getPublishedArticles().flatMap((article) =>
      article.structure.blocks.flatMap((block) => block.units.map((unit) => ({ locale, slug: article.meta.slug, unit: unit.id }))),
    ),
  );
}

async function resolve(params: PageProps<'/[locale]/articles/[slug]/s/[unit]'>['params']) {
  const { locale, slug, unit: unitId } = await params;
  const article = getArticle(slug);
  const unit = article && findUnit(article, unitId);
  if (!article || !unit || !isLocale(locale)) notFound();
  return { locale, article, unit };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/s/[unit]'>): Promise<Metadata> {
  const { locale, article, unit } = await resolve(params);
  const t = await getTranslator(locale);
  return sentenceMetadata(article, unit, locale, t('sentence.title', { headline: article.meta.headline.vi }));
}

export default async function SentencePage({ params }: PageProps<'/[locale]/articles/[slug]/s/[unit]'>) {
  const { locale, article, unit } = await resolve(params);
  const t = await getTranslator(locale);
  const target = `${articlePath(locale, article.meta.slug)}#${unit.id}`;
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <SiteHeader t={t} locale={locale} path={`/articles/${article.meta.slug}/s/${unit.id}/`} />
      <main id="main" className="sentence-page">
        <h1>{t('sentence.title', { headline: article.meta.headline.vi })}</h1>
        <blockquote>
          <p lang="vi">{unit.vi}</p>
          {unit.en ? (
            <p lang="en" className="cell-en">
              {unit.en}
            </p>
          ) : null}
        </blockquote>
        <p>
          <Link href={target}>{t('sentence.readInArticle')}</Link>
        </p>
      </main>
    </>
  );
}
