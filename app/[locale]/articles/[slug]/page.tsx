import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnnotationCards } from '@/components/annotation-cards';
import { AnnotationToggle } from '@/components/annotation-toggle';
import { ArticleBody } from '@/components/article-body';
import { ArticleHeader } from '@/components/article-header';
import { JsonLd } from '@/components/json-ld';
import { LayoutSwitch } from '@/components/layout-switch';
import { ShareActions } from '@/components/share-actions';
import { SiteHeader } from '@/components/site-header';
import { getArticle, getPublishedArticles } from '@/lib/content/load';
import { getEntityIndex } from '@/lib/entities';
import { isLocale, locales } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { renderArticle } from '@/lib/reader/render-article';
import { articleMetadata, newsArticleJsonLd } from '@/lib/share/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getPublishedArticles().map((article) => ({ locale, slug: article.meta.slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!article || !isLocale(locale)) return {};
  return articleMetadata(article, locale);
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { locale, slug } = await params;
  const article = getArticle(slug);
  if (!article || !isLocale(locale)) notFound();
  const t = await getTranslator(locale);
  const tree = renderArticle(article, locale, t, getEntityIndex());
  return (
    <>
      <SiteHeader t={t} locale={locale} path={`/articles/${slug}/`} />
      <main id="main" className="reader">
        <JsonLd data={newsArticleJsonLd(article, locale)} />
        <article className="article">
          <ArticleHeader meta={article.meta} t={t} locale={locale} />
          <div className="reader-controls">
            <LayoutSwitch
              labels={{
                legend: t('layout.label'),
                'side-by-side': t('layout.sideBySide'),
                interlinear: t('layout.interlinear'),
                vi: t('layout.vietnameseOnly'),
                en: t('layout.englishOnly'),
              }}
            />
            <AnnotationToggle label={t('annotations.show')} />
          </div>
          <ArticleBody tree={tree} />
        </article>
      </main>
      <AnnotationCards labels={{ close: t('annotations.close'), editorsNote: t('annotations.editorsNote') }} />
      <ShareActions
        labels={{
          copied: t('share.copied'),
          copyFailed: t('share.copyFailed'),
          share: t('share.share'),
          arrivedSentence: t('share.arrivedSentence'),
          arrivedBlock: t('share.arrivedBlock'),
        }}
      />
    </>
  );
}
