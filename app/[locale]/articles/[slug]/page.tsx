import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleEnd } from '@/components/article-end';
import { ArticleHeader } from '@/components/article-header';
import '@/components/han-font.css';
import { AnnotationCards } from '@/components/islands/annotation-cards/annotation-cards';
import { ReaderControls } from '@/components/islands/preferences/reader-controls';
import { ShareActions } from '@/components/islands/share-actions/share-actions';
import { StudyTools } from '@/components/islands/study-tools/study-tools';
import { SaveKeyWords } from '@/components/islands/bulk-save/save-key-words';
import { WordStates } from '@/components/islands/word-states/word-states';
import { WordCards } from '@/components/islands/word-cards/word-cards';
import { JsonLd } from '@/components/json-ld';
import { SiteHeader } from '@/components/site-header';
import { VocabularyList } from '@/components/vocabulary-list';
import { slugsToRender } from '@/lib/build/export-plan';
import { getArticle, getPublishedArticles } from '@/lib/content/load';
import { getEntityIndex } from '@/lib/entities';
import { isLocale, locales } from '@/lib/i18n/config';
import { messagesFor } from '@/lib/i18n/resources';
import { getTranslator } from '@/lib/i18n/server';
import { getLexicon } from '@/lib/lexicon/load';
import { getAnalysedArticle, getAnalysedArticles } from '@/lib/article';
import { articleEnd } from '@/lib/article/related';
import { readingMinutes } from '@/lib/content/stats';
import { CLASS } from '@/lib/render/contract';
import { renderArticle } from '@/lib/render/article';
import { articleMetadata, newsArticleJsonLd } from '@/lib/share/metadata';
import { articlePath } from '@/lib/site';
import { vocabulary } from '@/lib/study/vocabulary';
import { senseText } from '@/lib/lexicon/sense';

export const dynamicParams = false;

// Only the pages the export plan renders (lib/build/export-plan.ts); the others are linked from the previous export.
export function generateStaticParams() {
  const slugs = slugsToRender('page', getPublishedArticles().map((article) => article.meta.slug));
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
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
  const messages = messagesFor(locale);
  const analysed = getAnalysedArticle(slug);
  if (!analysed) notFound();
  const tree = renderArticle(analysed, locale, t, getEntityIndex());
  const keyWords = vocabulary(analysed, getLexicon());
  const unitNumbers = new Map(analysed.units.map((unit) => [unit.id, unit.ordinal]));
  return (
    <>
      <SiteHeader t={t} locale={locale} path={`/articles/${slug}/`} />
      <main id="main" className="reader">
        <JsonLd data={newsArticleJsonLd(article, locale)} />
        <article className="article">
          <ArticleHeader meta={article.meta} t={t} locale={locale} minutes={readingMinutes(article.structure, locale)} />
          <div className={CLASS.readingToolbar}>
            <ReaderControls locale={locale} messages={{ readerControls: messages.readerControls }} />
            <StudyTools locale={locale} messages={{ studyTools: messages.studyTools }} />
          </div>
          <p className={CLASS.noScriptNote}>{t('readerControls.noScript')}</p>
          <WordStates locale={locale} messages={{ study: messages.study }} />
          <ArticleBody tree={tree} />
          <VocabularyList
            items={keyWords}
            t={t}
            unitNumbers={unitNumbers}
            saveAll={
              <SaveKeyWords
                locale={locale}
                messages={{ study: messages.study }}
                page={{ slug, path: articlePath(locale, slug) }}
                words={keyWords.map((item) => ({ word: item.entry.word, pos: item.entry.pos, han: item.entry.han ?? '', meaning: senseText(item.entry.senses[item.sense] ?? item.entry.senses[0] ?? ''), firstUnit: item.firstUnit }))}
              />
            }
          />
          <ArticleEnd end={() => articleEnd(analysed, getAnalysedArticles())} t={t} locale={locale} />
        </article>
      </main>
      <AnnotationCards locale={locale} messages={{ cards: messages.cards }} />
      <WordCards
        locale={locale}
        messages={{ wordCard: messages.wordCard, partsOfSpeech: messages.partsOfSpeech, cards: messages.cards }}
        page={{ slug, path: articlePath(locale, slug) }}
      />
      <ShareActions locale={locale} messages={{ shareActions: messages.shareActions }} page={{ slug, path: articlePath(locale, slug) }} />
    </>
  );
}
