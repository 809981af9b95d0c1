// "12 of 21 translated": machine drafts do not count until a person confirms them.
import type { UnitStatus } from '../../article/structure';


export function translatedCount(statuses: readonly UnitStatus[]): number {
  return statuses.filter((status) => status === 'translated' || status === 'reviewed').length;
}

/** The status a unit takes when a person changes its English: a machine draft or a review no longer stands. */
export function statusAfterEdit(english: string): UnitStatus {
  return english.trim() ? 'translated' : 'untranslated';
}
