// Quotation marks: the English closes every quotation it opens, unless the Vietnamese leaves the
// same number open (a quotation that runs on into the next sentence). A balanced English is never
// a finding: where the source dropped a mark (“… xâm lược”, without its opening), the English
// rightly has both.
import type { QaRule } from '../types';

/** Quotations opened and not closed: curly pairs counted apart, straight quotes by parity. */
export function openQuotations(text: string): number {
  const count = (mark: string) => text.split(mark).length - 1;
  return count('“') - count('”') + (count('"') % 2) + (count('«') - count('»'));
}

export const quotes: QaRule = (unit) => {
  const [vi, en] = [openQuotations(unit.vi), openQuotations(unit.en)];
  if (en === 0 || en === vi) return [];
  return [{ unit: unit.id, rule: 'quotes', detail: `${en}/${vi}`, message: `the English leaves ${en} quotation${en === 1 ? '' : 's'} open, the Vietnamese ${vi}: a quotation mark is missing or extra` }];
};
