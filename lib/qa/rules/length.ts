// Length: an English sentence far shorter or longer than the article's usual ratio to its
// Vietnamese is usually a dropped clause or a sentence pasted twice. Short units (captions, "Ảnh:
// Sputnik") vary too much to judge.
import type { QaRule } from '../types';

/** Units shorter than this (Vietnamese characters) are not judged, nor counted in the norm. */
export const MIN_LENGTH = 40;
/** How far from the article's norm a unit may go: half to twice. */
export const TOLERANCE = 2;

export function lengthRatio(vi: string, en: string): number {
  return en.length / Math.max(1, vi.length);
}

/** The median ratio of the translated units long enough to judge; null under three. */
export function lengthNorm(units: readonly { vi: string; en: string | null }[]): number | null {
  const ratios = units
    .filter((unit): unit is { vi: string; en: string } => unit.en !== null && unit.vi.length >= MIN_LENGTH)
    .map((unit) => lengthRatio(unit.vi, unit.en))
    .sort((a, b) => a - b);
  if (ratios.length < 3) return null;
  const middle = Math.floor(ratios.length / 2);
  return ratios.length % 2 ? (ratios[middle] ?? null) : ((ratios[middle - 1] ?? 0) + (ratios[middle] ?? 0)) / 2;
}

export const length: QaRule = (unit, context) => {
  if (context.lengthNorm === null || unit.vi.length < MIN_LENGTH) return [];
  const ratio = lengthRatio(unit.vi, unit.en) / context.lengthNorm;
  if (ratio >= 1 / TOLERANCE && ratio <= TOLERANCE) return [];
  const percent = `${Math.round(ratio * 100)}%`;
  return [{ unit: unit.id, rule: 'length', detail: percent, message: `the English is ${percent} of the length this article's ratio predicts: a clause dropped or repeated?` }];
};
