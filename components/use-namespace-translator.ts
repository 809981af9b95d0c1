import { createInstance } from 'i18next';
import { useMemo } from 'react';
import type { Resources } from '@/lib/i18n/resources';

/**
 * One namespace of the interface strings in a browser-side i18next instance, for client components
 * that need plurals and number formats: the server passes only that namespace's messages.
 */
export function useNamespaceTranslator<Namespace extends keyof Resources>(locale: string, namespace: Namespace, messages: Resources[Namespace]) {
  return useMemo(() => {
    const instance = createInstance();
    void instance.init({ lng: locale, initAsync: false, resources: { [locale]: { translation: { [namespace]: messages } } }, interpolation: { escapeValue: false } });
    return instance.t;
  }, [locale, namespace, messages]);
}
