// Every key this site keeps in the browser's localStorage, and the events that announce a change
// within the page (the `storage` event only reaches other tabs). Import-free: the pre-paint scripts
// are generated from these names, so a key is spelled once.

const PREFIX = 'song-ngu:';

export const STORAGE_KEY = {
  layout: `${PREFIX}layout`,
  theme: `${PREFIX}theme`,
  annotations: `${PREFIX}annotations`,
  study: `${PREFIX}study`,
  selftest: `${PREFIX}selftest`,
  tintNew: `${PREFIX}tint-new`,
  locale: `${PREFIX}locale`,
  savedWords: `${PREFIX}saved-words`,
  /** Where a damaged saved-words store is set aside, never lost. */
  damagedSavedWords: (time: string) => `${PREFIX}saved-words:damaged:${time}`,
} as const;

export const CHANGE_EVENT = {
  preferences: `${PREFIX}preference-change`,
  savedWords: `${PREFIX}saved-words-change`,
} as const;
