import type { Root } from 'hast';
import type { TFunction } from 'i18next';
import type { Article } from '../content/load';
import type { EntityIndex } from '../entities';
import type { Locale } from '../i18n/config';
import type { LexiconIndex } from '../lexicon/load';
import { articleToHast } from '../pipeline/processor';
import { sentencePath } from '../site';

export function entityHref(locale: Locale, entityId: string): string {
  return `/${locale}/entities/${entityId}/`;
}

/** An article body as hast, with the interface's labels and the annotations; with a lexicon, its words too. */
export function renderArticle(article: Article, locale: Locale, t: TFunction, entities: EntityIndex, lexicon?: LexiconIndex): Root {
  const quiet = new Set(entities.list.filter((entity) => entity.quiet).map((entity) => entity.id));
  return articleToHast(article.body, {
    labelsLang: locale,
    labels: {
      translationPending: t('article.translationPending'),
      photoCaption: t('article.photoCaption'),
      notes: {
        heading: t('article.editorsNotes'),
        backToText: t('article.backToText'),
        noteRef: (number) => t('article.noteRef', { number }),
      },
    },
    shareLinks: {
      labels: { sentence: (number) => t('share.sentenceLink', { number }), block: (number) => t('share.blockLink', { number }) },
      sentenceHref: (unitId) => sentencePath(locale, article.meta.slug, unitId),
    },
    ...(lexicon
      ? {
          words: { lexicon, overridesFor: (unitId: string) => lexicon.overridesFor(article.meta.slug, unitId) },
          studyControls: {
            labelsLang: locale,
            labels: {
              listen: (number: number) => t('study.listenSentence', { number }),
              reveal: t('study.reveal'),
              revealSentence: (number: number) => t('study.revealSentence', { number }),
            },
          },
        }
      : {}),
    annotations: {
      mentions: {
        matchers: entities.matchers,
        known: new Set(entities.byId.keys()),
        quiet,
        typeOf: (id) => entities.byId.get(id)?.type,
      },
      list: {
        entities: entities.byId,
        locale,
        entityHref: (id) => entityHref(locale, id),
        labels: {
          heading: t('annotations.heading'),
          type: (type) => t(`annotations.types.${type}`),
          entityPage: t('annotations.entityPage'),
          wikipedia: t('annotations.wikipedia'),
          wikidata: t('annotations.wikidata'),
          backToMention: (number) => t('annotations.backToMention', { number }),
          mentionsIn: t('annotations.mentionsIn'),
        },
      },
    },
  });
}
