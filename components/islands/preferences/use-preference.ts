import { useSyncExternalStore } from 'react';
import { readPreference, subscribePreferences } from '@/lib/client/preferences/store';
import type { PreferenceName, PreferenceValue } from '@/lib/client/preferences/registry';

/** A preference's value in force, or null while the page hydrates (the server cannot know it). */
export function usePreference<Name extends PreferenceName>(name: Name): PreferenceValue<Name> | null {
  return useSyncExternalStore(
    subscribePreferences,
    () => readPreference(name),
    () => null,
  );
}
