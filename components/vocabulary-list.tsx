import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { senseText } from '@/lib/lexicon/sense';
import type { VocabularyItem } from '@/lib/study/vocabulary';

/** An article's key words with their gloss and a link to the sentence each first appears in. */
export function VocabularyList({ items, t, unitNumbers, saveAll }: { items: VocabularyItem[]; t: TFunction; unitNumbers: ReadonlyMap<string, number>; saveAll?: ReactNode }) {
  if (!items.length) return null;
  return (
    <section className="vocabulary" aria-labelledby="vocabulary-heading">
      <h2 id="vocabulary-heading">{t('study.vocabulary')}</h2>
      <p className="vocabulary-intro">{t('study.vocabularyIntro')}</p>
      {saveAll}
      <ul className="vocabulary-list">
        {items.map((item) => {
          const sense = item.entry.senses[item.sense] ?? item.entry.senses[0];
          return (
            <li key={item.entry.word}>
              <span className="vocabulary-word" lang="vi">
                {item.entry.word}
              </span>{' '}
              {item.entry.han ? (
                <span className="vocabulary-han" lang="zh-Hant">
                  {item.entry.han}
                </span>
              ) : null}{' '}
              <span className="vocabulary-pos">{t(`partsOfSpeech.${item.entry.pos}`)}</span>{' '}
              {sense ? <span lang="en">{senseText(sense)}</span> : null}{' '}
              <a className="vocabulary-first" href={`#${item.firstUnit}`}>
                {t('study.firstIn', { number: unitNumbers.get(item.firstUnit) ?? 0 })}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
