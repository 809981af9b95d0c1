// Whether the learner has kept anything in this browser, read without loading the store: the store
// (components/saved-words-store.ts) brings zod and the schemas, whose setup alone is a long task on a
// phone. A reader who has saved nothing — every first visit — needs none of it until they save.
import { STORAGE_KEY } from './storage-keys';

export function hasStoredStudyData(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY.savedWords) !== null;
  } catch {
    return false;
  }
}
