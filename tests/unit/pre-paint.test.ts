import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { STORAGE_KEY } from '../../lib/client/storage-keys';
import { languageGatewayScript, readerPreferencesScript } from '../../lib/client/preferences/pre-paint';
import { PREFERENCES } from '../../lib/client/preferences/registry';
import { inlineScriptHashes } from '../../lib/security/csp';

/** Runs a pre-paint script against a stored state; returns the attributes it set on <html>. */
function applyPreferences(stored: Record<string, string>): Record<string, string> {
  const attributes: Record<string, string> = {};
  runInNewContext(readerPreferencesScript(), {
    localStorage: { getItem: (key: string) => stored[key] ?? null },
    document: { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } },
  });
  return attributes;
}

test('applies every saved choice that differs from the default', () => {
  const attributes = applyPreferences({
    [STORAGE_KEY.layout]: 'vi',
    [STORAGE_KEY.theme]: 'dark',
    [STORAGE_KEY.annotations]: 'off',
    [STORAGE_KEY.study]: 'on',
    [STORAGE_KEY.selftest]: 'on',
  });
  assert.deepEqual(attributes, { 'data-layout': 'vi', 'data-theme': 'dark', 'data-annotations': 'off', 'data-study': 'on', 'data-selftest': 'on' });
});

test('leaves defaults, unknown values and nothing stored alone', () => {
  assert.deepEqual(applyPreferences({}), {});
  assert.deepEqual(applyPreferences({ [STORAGE_KEY.theme]: 'system', [STORAGE_KEY.study]: 'off', [STORAGE_KEY.annotations]: 'on' }), {});
  assert.deepEqual(applyPreferences({ [STORAGE_KEY.layout]: 'sideways', [STORAGE_KEY.theme]: '<script>' }), {});
});

test('without storage the page keeps its defaults and no error escapes', () => {
  assert.doesNotThrow(() =>
    runInNewContext(readerPreferencesScript(), {
      localStorage: {
        getItem: () => {
          throw new Error('SecurityError');
        },
      },
    }),
  );
});

/** Runs the gateway script; returns where it sent the reader. */
function gateway(stored: string | null, languages: string[]): string {
  let target = '';
  runInNewContext(languageGatewayScript(), {
    localStorage: { getItem: (key: string) => (key === STORAGE_KEY.locale ? stored : null) },
    navigator: { languages, language: languages[0] },
    location: { hash: '#s3', replace: (url: string) => (target = url) },
  });
  return target;
}

test('the gateway goes to the remembered language, else the browser’s, else English, keeping the fragment', () => {
  assert.equal(gateway('vi', ['en-GB']), '/vi/#s3');
  assert.equal(gateway(null, ['fr-FR', 'vi-VN', 'en']), '/vi/#s3');
  assert.equal(gateway('de', ['fr-FR']), '/en/#s3');
});

test('the scripts are inline, so the page CSP can carry their hashes', () => {
  for (const script of [readerPreferencesScript(), languageGatewayScript()]) {
    assert.doesNotMatch(script, /<\/script/i);
    assert.equal(inlineScriptHashes(`<!doctype html><html><head><script>${script}</script></head></html>`).length, 1);
  }
});

test('every preference has its own storage key', () => {
  const keys = Object.values(PREFERENCES).map((preference) => preference.storageKey);
  assert.equal(new Set(keys).size, keys.length);
});
