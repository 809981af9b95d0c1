'use client';

import type { Grade } from 'ts-fsrs';
import type { Translate } from '@/lib/client/i18n/translator';
import { formatInterval, GRADE_NAMES, GRADES } from '@/lib/study/schedule';
import type { ReviewMessages } from './card-view';

/** Again / Hard / Good / Easy, each with when the card would come back, as Anki shows them. */
export function GradeButtons({ t, locale, intervals, onGrade }: { t: Translate<ReviewMessages>; locale: string; intervals: Record<Grade, number>; onGrade: (grade: Grade) => void }) {
  return (
    <fieldset className="review-grades">
      <legend>{t('review.grades')}</legend>
      {GRADES.map((grade, index) => {
        const name = GRADE_NAMES[grade];
        return (
          <button key={name} type="button" className={`review-grade review-grade-${name}`} aria-keyshortcuts={String(index + 1)} onClick={() => onGrade(grade)}>
            <span className="review-grade-name">{t(`review.grade.${name}`)}</span>{' '}
            <span className="review-grade-interval">{t('review.gradeHint', { interval: formatInterval(intervals[grade], locale) })}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
