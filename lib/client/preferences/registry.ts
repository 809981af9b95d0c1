// The reader's preferences: each one's storage key, allowed values, what applies when nothing is
// stored, and the <html> data attribute that mirrors it for CSS and the other islands. The store
// (store.ts), the switches and the pre-paint scripts (pre-paint.ts) all read this one table.
// It imports only import-free modules (config, contract, storage keys), so any island can use it.
import { defaultLocale, locales } from '@/lib/i18n/config';
import { DATA, type DataAttribute } from '@/lib/render/contract';
import { STORAGE_KEY } from '../storage-keys';

/**
 * What applies when nothing is stored: one value; one chosen by a media query (the layout); or the
 * browser's first preferred language among the values (the interface language).
 */
export type Initial<Value extends string> = { value: Value } | { media: string; matches: Value; otherwise: Value } | { browserLanguage: true; otherwise: Value };

export interface PreferenceDefinition<Value extends string> {
  storageKey: string;
  values: readonly Value[];
  initial: Initial<Value>;
  /** Mirrored on <html> while a value other than the plain initial one is in force; null: not mirrored. */
  attribute: DataAttribute | null;
}

const onOff = ['on', 'off'] as const;
export type OnOff = (typeof onOff)[number];

export const LAYOUTS = ['side-by-side', 'interlinear', 'vi', 'en'] as const;
export type ReaderLayout = (typeof LAYOUTS)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Infers a preference's values from its list, so that its initial value is checked against them. */
function preference<Value extends string>(definition: PreferenceDefinition<Value>): PreferenceDefinition<Value> {
  return definition;
}

export const PREFERENCES = {
  layout: preference({
    storageKey: STORAGE_KEY.layout,
    values: LAYOUTS,
    // The same breakpoint as styles.css: without a choice, wide screens get two columns.
    initial: { media: '(min-width: 48rem)', matches: 'side-by-side', otherwise: 'interlinear' },
    attribute: DATA.layout,
  }),
  theme: preference({ storageKey: STORAGE_KEY.theme, values: THEMES, initial: { value: 'system' }, attribute: DATA.theme }),
  annotations: preference({ storageKey: STORAGE_KEY.annotations, values: onOff, initial: { value: 'on' }, attribute: DATA.annotations }),
  study: preference({ storageKey: STORAGE_KEY.study, values: onOff, initial: { value: 'off' }, attribute: DATA.study }),
  selftest: preference({ storageKey: STORAGE_KEY.selftest, values: onOff, initial: { value: 'off' }, attribute: DATA.selftest }),
  tintNew: preference({ storageKey: STORAGE_KEY.tintNew, values: onOff, initial: { value: 'off' }, attribute: DATA.tintNew }),
  // The interface language "/" sends the reader to; the URL, not <html>, shows it.
  locale: preference({ storageKey: STORAGE_KEY.locale, values: locales, initial: { browserLanguage: true, otherwise: defaultLocale }, attribute: null }),
};

export type Preferences = typeof PREFERENCES;
export type PreferenceName = keyof Preferences;
export type PreferenceValue<Name extends PreferenceName> = Preferences[Name]['values'][number];
/** The on/off preferences, which a PreferenceSwitch shows. */
export type TogglePreference = { [Name in PreferenceName]: PreferenceValue<Name> extends OnOff ? (OnOff extends PreferenceValue<Name> ? Name : never) : never }[PreferenceName];

export function isPreferenceValue<Name extends PreferenceName>(name: Name, value: unknown): value is PreferenceValue<Name> {
  const values: readonly string[] = PREFERENCES[name].values;
  return typeof value === 'string' && values.includes(value);
}

/** The plain initial value, if the preference has one (the layout's depends on the screen, the language's on the browser). */
export function plainInitial<Name extends PreferenceName>(name: Name): PreferenceValue<Name> | null {
  const initial: Initial<PreferenceValue<Name>> = PREFERENCES[name].initial;
  return 'value' in initial ? initial.value : null;
}
