import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnnotationCards } from '@/components/annotation-cards';
import { PreferenceSwitch } from '@/components/preference-switch';
import { ArticleBody } from '@/components/article-body';
import { ArticleHeader } from '@/components/article-header';
import { JsonLd } from '@/components/json-ld';
import { LayoutSwitch } from '@/components/layout-switch';
import { ShareActions } from '@/components/share-actions';
import { SiteHeader } from '@/components/site-header';
import { StudyTools } from '@/components/study-tools';
import { VocabularyList } from '@/components/vocabulary-list';
import { WordCards } from '@/components/word-cards';
import { getArticle, getPublishedArticles } from '@/lib/content/load';
import { getEntityIndex } from '@/lib/entities';
import { isLocale, locales } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { getLexicon } from '@/lib/lexicon/load';
import { PARTS_OF_SPEECH } from '@/lib/lexicon/schema';
import { getAnalysedArticle } from '@/lib/article';
import { renderArticle } from '@/lib/render/article';
import { articleMetadata, newsArticleJsonLd } from '@/lib/share/metadata';
import { articlePath } from '@/lib/site';
import { vocabulary } from '@/lib/study/vocabulary';

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
  const analysed = getAnalysedArticle(slug);
  if (!analysed) notFound();
  const tree = renderArticle(analysed, locale, t, getEntityIndex());
  const unitNumbers = new Map(analysed.units.map((unit) => [unit.id, unit.ordinal]));
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
            <PreferenceSwitch name="annotations" label={t('annotations.show')} defaultOn />
            <StudyTools
              labels={{
                controls: t('study.controls'),
                mode: t('study.mode'),
                selfTest: t('study.selfTest'),
                revealAll: t('study.revealAll'),
                concealAll: t('study.concealAll'),
                listenArticle: t('study.listenArticle'),
                stop: t('study.stop'),
                noVoice: t('study.noVoice'),
                noSpeech: t('study.noSpeech'),
                keyboardHint: t('study.keyboardHint'),
              }}
            />
          </div>
          <ArticleBody tree={tree} />
          <VocabularyList items={vocabulary(analysed, getLexicon())} t={t} unitNumbers={unitNumbers} />
        </article>
      </main>
      <AnnotationCards labels={{ close: t('annotations.close'), editorsNote: t('annotations.editorsNote') }} />
      <WordCards
        page={{ slug, path: articlePath(locale, slug) }}
        labels={{
          lang: locale,
          word: t('study.word'),
          fitsSentence: t('study.fitsSentence'),
          meanings: t('study.meanings'),
          hanViet: t('study.hanViet'),
          note: t('study.note'),
          widenLeft: t('study.widenLeft'),
          widenRight: t('study.widenRight'),
          narrowLeft: t('study.narrowLeft'),
          narrowRight: t('study.narrowRight'),
          noEntry: t('study.noEntry', { word: '{{word}}' }),
          syllables: t('study.syllables'),
          save: t('study.save'),
          saved: t('study.saved'),
          savedStatus: t('study.savedStatus', { word: '{{word}}' }),
          removedStatus: t('study.removedStatus', { word: '{{word}}' }),
          loading: t('study.loading'),
          loadFailed: t('study.loadFailed'),
          close: t('annotations.close'),
          pos: Object.fromEntries(PARTS_OF_SPEECH.map((pos) => [pos, t(`study.pos.${pos}`)])),
        }}
      />
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
