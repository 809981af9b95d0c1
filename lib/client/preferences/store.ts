// The one browser store of the reader's preferences (registry.ts): read from localStorage, written
// there and mirrored on <html>, announced to every subscriber in this tab and, through the
// `storage` event, in the others. Without storage (private mode, quota) a choice lasts for the page.
import { CHANGE_EVENT } from '../storage-keys';
import { PREFERENCES, isPreferenceValue, plainInitial, type Initial, type PreferenceName, type PreferenceValue } from './registry';

function stored<Name extends PreferenceName>(name: Name): PreferenceValue<Name> | null {
  try {
    const value = window.localStorage.getItem(PREFERENCES[name].storageKey);
    return isPreferenceValue(name, value) ? value : null;
  } catch {
    // No storage: the attribute on <html> is what this page has chosen.
    const attribute = PREFERENCES[name].attribute;
    const mirrored = attribute ? document.documentElement.getAttribute(attribute.name) : null;
    return isPreferenceValue(name, mirrored) ? mirrored : null;
  }
}

function initial<Name extends PreferenceName>(name: Name): PreferenceValue<Name> {
  const rule: Initial<PreferenceValue<Name>> = PREFERENCES[name].initial;
  if ('value' in rule) return rule.value;
  if ('media' in rule) return window.matchMedia(rule.media).matches ? rule.matches : rule.otherwise;
  const wanted = (navigator.languages.length ? navigator.languages : [navigator.language]).map((tag) => tag.slice(0, 2).toLowerCase());
  for (const language of wanted) if (isPreferenceValue(name, language)) return language;
  return rule.otherwise;
}

/** The value in force: the stored choice, else the initial one for this screen. */
export function readPreference<Name extends PreferenceName>(name: Name): PreferenceValue<Name> {
  return stored(name) ?? initial(name);
}

/** Chooses a value. Choosing the plain initial value forgets the choice, so a later default applies. */
export function writePreference<Name extends PreferenceName>(name: Name, value: PreferenceValue<Name>): void {
  const { storageKey, attribute } = PREFERENCES[name];
  const forget = value === plainInitial(name);
  if (attribute) {
    if (forget) document.documentElement.removeAttribute(attribute.name);
    else document.documentElement.setAttribute(attribute.name, value);
  }
  try {
    if (forget) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, value);
  } catch {
    // Without storage the choice lasts for this page only.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT.preferences));
}

/** Calls back on any preference change: this tab, another tab, or the screen crossing a breakpoint. */
export function subscribePreferences(onChange: () => void): () => void {
  const queries = Object.values(PREFERENCES).flatMap((preference) => {
    const rule: Initial<string> = preference.initial;
    return 'media' in rule ? [window.matchMedia(rule.media)] : [];
  });
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT.preferences, onChange);
  for (const query of queries) query.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT.preferences, onChange);
    for (const query of queries) query.removeEventListener('change', onChange);
  };
}
