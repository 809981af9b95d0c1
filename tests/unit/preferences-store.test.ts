import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { readPreference, subscribePreferences, writePreference } from '../../lib/client/preferences/store';
import { STORAGE_KEY } from '../../lib/client/storage-keys';

// A browser just big enough for the store: localStorage, <html>'s attributes, matchMedia, events.
const stored = new Map<string, string>();
const attributes = new Map<string, string>();
let storageWorks = true;
let wide = true;
let languages = ['en-GB'];
const listeners = new Map<string, Set<() => void>>();

function guard<Result>(action: () => Result): Result {
  if (!storageWorks) throw new Error('SecurityError');
  return action();
}

const fakeWindow = {
  localStorage: {
    getItem: (key: string) => guard(() => stored.get(key) ?? null),
    setItem: (key: string, value: string) => guard(() => void stored.set(key, value)),
    removeItem: (key: string) => guard(() => void stored.delete(key)),
  },
  matchMedia: () => ({ matches: wide, addEventListener() {}, removeEventListener() {} }),
  addEventListener: (type: string, listener: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
  removeEventListener: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
  dispatchEvent: (event: { type: string }) => {
    for (const listener of listeners.get(event.type) ?? []) listener();
    return true;
  },
};
const fakeDocument = {
  documentElement: {
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    removeAttribute: (name: string) => void attributes.delete(name),
  },
};
for (const [name, value] of Object.entries({ window: fakeWindow, document: fakeDocument, navigator: { get languages() { return languages; }, language: 'en' } })) {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

beforeEach(() => {
  stored.clear();
  attributes.clear();
  storageWorks = true;
  wide = true;
  languages = ['en-GB'];
});

test('nothing stored: each preference’s initial value, the layout by screen width', () => {
  assert.equal(readPreference('theme'), 'system');
  assert.equal(readPreference('annotations'), 'on');
  assert.equal(readPreference('study'), 'off');
  assert.equal(readPreference('layout'), 'side-by-side');
  wide = false;
  assert.equal(readPreference('layout'), 'interlinear');
});

test('the interface language defaults to the browser’s first one we have', () => {
  languages = ['fr-FR', 'vi-VN'];
  assert.equal(readPreference('locale'), 'vi');
  languages = ['fr-FR'];
  assert.equal(readPreference('locale'), 'en');
});

test('a choice is stored and mirrored on <html>; an unknown stored value is ignored', () => {
  writePreference('layout', 'vi');
  assert.equal(stored.get(STORAGE_KEY.layout), 'vi');
  assert.equal(attributes.get('data-layout'), 'vi');
  stored.set(STORAGE_KEY.theme, 'sepia');
  assert.equal(readPreference('theme'), 'system');
});

test('choosing the initial value forgets the choice', () => {
  writePreference('study', 'on');
  assert.equal(attributes.get('data-study'), 'on');
  writePreference('study', 'off');
  assert.equal(stored.has(STORAGE_KEY.study), false);
  assert.equal(attributes.has('data-study'), false);
  assert.equal(readPreference('study'), 'off');
});

test('the interface language is always remembered, even the default one', () => {
  writePreference('locale', 'en');
  assert.equal(stored.get(STORAGE_KEY.locale), 'en');
});

test('without storage a choice lasts for the page, through <html>', () => {
  storageWorks = false;
  writePreference('annotations', 'off');
  assert.equal(readPreference('annotations'), 'off');
});

test('subscribers hear every change until they unsubscribe', () => {
  let calls = 0;
  const unsubscribe = subscribePreferences(() => (calls += 1));
  writePreference('theme', 'dark');
  assert.equal(calls, 1);
  unsubscribe();
  writePreference('theme', 'light');
  assert.equal(calls, 1);
});
