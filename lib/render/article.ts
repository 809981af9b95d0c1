import type { Root } from 'hast';
import type { TFunction } from 'i18next';
import type { AnalysedArticle, Lang, Mention, Unit, Word } from '../article/model';
import type { EntityIndex } from '../entities';
import type { Locale } from '../i18n/config';
import { entityPath, sentencePath } from '../site';
import { bodyToHast } from './processor';

export interface RenderOptions {
  /** The Vietnamese words and the study controls, for pages where study mode is offered. */
  words?: boolean;
  /** Permalinks; left out where the text is quoted rather than read. */
  shareLinks?: boolean;
}

/** The mentions of every cell, keyed by unit for the mentions plugin. */
export function mentionsByUnit(units: readonly Unit[]): Record<string, Partial<Record<Lang, readonly Mention[]>>> {
  return Object.fromEntries(units.map((unit) => [unit.id, { vi: unit.vi.mentions, ...(unit.en ? { en: unit.en.mentions } : {}) }]));
}

/** The Vietnamese words of every unit, keyed by unit for the words plugin. */
export function wordsByUnit(units: readonly Unit[]): Record<string, readonly Word[]> {
  return Object.fromEntries(units.map((unit) => [unit.id, unit.vi.words]));
}

/** An analysed article's body as hast, with the interface's labels, its mentions and (optionally) its words. */
export function renderArticle(article: AnalysedArticle, locale: Locale, t: TFunction, entities: EntityIndex, options: RenderOptions = {}): Root {
  const { words = true, shareLinks = true } = options;
  return bodyToHast(article.source.tree, {
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
    ...(shareLinks
      ? {
          shareLinks: {
            labels: { sentence: (number) => t('share.sentenceLink', { number }), block: (number) => t('share.blockLink', { number }) },
            sentenceHref: (unitId) => sentencePath(locale, article.slug, unitId),
          },
        }
      : {}),
    ...(words
      ? {
          words: { words: wordsByUnit(article.units) },
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
        mentions: mentionsByUnit(article.units),
        types: Object.fromEntries(entities.list.map((entity) => [entity.id, entity.type])),
        quiet: entities.list.filter((entity) => entity.quiet).map((entity) => entity.id),
      },
      list: {
        entities: entities.byId,
        locale,
        entityHref: (id) => entityPath(locale, id),
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
