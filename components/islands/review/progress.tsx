'use client';

import type { Translate } from '@/lib/client/i18n/translator';
import { retention, reviewsPerDay, streak, wordsByState } from '@/lib/study/progress';
import type { StudyData } from '@/lib/study/study-model';
import type { ReviewMessages } from './card-view';

// The progress view: reviews per day as an SVG bar chart drawn here (no chart library: fourteen
// bars do not earn one), with the same figures as a table for screen readers and for anyone who
// prefers numbers; retention, streak and words by state beside it.

const DAYS_SHOWN = 14;
const WIDTH = 280;
const HEIGHT = 100;
const GAP = 4;

export function Progress({ t, locale, data, today }: { t: Translate<ReviewMessages>; locale: string; data: StudyData; today: Date }) {
  const points = reviewsPerDay(data, today, DAYS_SHOWN);
  const max = Math.max(1, ...points.map((point) => point.reviews));
  const barWidth = WIDTH / DAYS_SHOWN - GAP;
  const share = retention(data);
  const words = wordsByState(data);
  const dayLabel = (day: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return (
    <section className="review-progress" aria-labelledby="review-progress-heading">
      <h2 id="review-progress-heading">{t('review.progress')}</h2>
      <ul className="review-figures">
        <li>{share === null ? t('review.retentionNone') : t('review.retention', { percent: Math.round(share * 100) })}</li>
        <li>{t('review.streak', { count: streak(data, today) })}</li>
        <li>{t('review.learning', { count: words.learning })}</li>
        <li>{t('review.known', { count: words.known })}</li>
        <li>{t('review.ignored', { count: words.ignored })}</li>
      </ul>
      <figure className="review-chart">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 14}`} role="img" aria-labelledby="review-chart-title review-chart-desc">
          <title id="review-chart-title">{t('review.chartTitle', { count: DAYS_SHOWN })}</title>
          <desc id="review-chart-desc">{t('review.chartDescription', { max })}</desc>
          <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} className="review-chart-axis" />
          {points.map((point, index) => {
            const x = index * (barWidth + GAP) + GAP / 2;
            const height = (point.reviews / max) * (HEIGHT - 4);
            const forgotten = (point.again / max) * (HEIGHT - 4);
            return (
              <g key={point.day}>
                <rect x={x} y={HEIGHT - height} width={barWidth} height={height} className="review-chart-bar" />
                <rect x={x} y={HEIGHT - forgotten} width={barWidth} height={forgotten} className="review-chart-again" />
                {index % 7 === DAYS_SHOWN % 7 || index === DAYS_SHOWN - 1 ? (
                  <text x={index === 0 ? x : index === DAYS_SHOWN - 1 ? x + barWidth : x + barWidth / 2} y={HEIGHT + 11} textAnchor={index === 0 ? 'start' : index === DAYS_SHOWN - 1 ? 'end' : 'middle'} className="review-chart-label">
                    {dayLabel(point.day)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </figure>
      <details className="review-table">
        <summary>{t('review.tableCaption')}</summary>
        <table>
          <caption className="visually-hidden">{t('review.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.day')}</th>
              <th scope="col">{t('review.reviews')}</th>
              <th scope="col">{t('review.forgotten')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.day}>
                <th scope="row">{dayLabel(point.day)}</th>
                <td>{point.reviews}</td>
                <td>{point.again}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
