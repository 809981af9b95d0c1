// The scripts that run before first paint, generated from the preference registry so that their
// keys and values cannot drift from the islands'. Each is rendered inline in <head>; the build's
// write-headers step hashes every inline script into the page's Content-Security-Policy, so no
// 'unsafe-inline' is needed. Pure: registry in, script text out (tests/unit/pre-paint.test.ts runs them).
import { PREFERENCES, type PreferenceDefinition } from './registry';

// [storage key, <html> attribute, allowed values, the plain initial value, which is never mirrored]
const MIRRORED = Object.values(PREFERENCES).flatMap((preference: PreferenceDefinition<string>) =>
  preference.attribute ? [[preference.storageKey, preference.attribute.name, preference.values, 'value' in preference.initial ? preference.initial.value : null]] : [],
);

/** Applies the reader's saved layout, annotation, study, self-test and theme choices to <html>. */
export function readerPreferencesScript(): string {
  return [
    'try{',
    `var p=${JSON.stringify(MIRRORED)};`,
    'for(var i=0;i<p.length;i++){var v=localStorage.getItem(p[i][0]);',
    'if(p[i][2].indexOf(v)>=0&&v!==p[i][3])document.documentElement.setAttribute(p[i][1],v)}',
    // No storage: the defaults apply.
    '}catch(e){}',
  ].join('');
}

/** "/": to the remembered interface language, else the browser's first supported one. */
export function languageGatewayScript(): string {
  const { storageKey, values, initial } = PREFERENCES.locale;
  // Like store.ts: the stored choice, else the browser's first preferred language we have, else the default.
  return [
    'try{',
    `var l=${JSON.stringify(values)},c=localStorage.getItem(${JSON.stringify(storageKey)});`,
    'if(l.indexOf(c)<0){',
    `c=${JSON.stringify('value' in initial ? initial.value : initial.otherwise)};`,
    'var w=navigator.languages||[navigator.language];',
    'for(var i=0;i<w.length;i++){var f=String(w[i]).slice(0,2).toLowerCase();if(l.indexOf(f)>=0){c=f;break}}',
    '}',
    "location.replace('/'+c+'/'+location.hash)",
    // No storage or history access: the links on the page still work.
    '}catch(e){}',
  ].join('');
}
