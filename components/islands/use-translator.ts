import { useMemo } from 'react';
import { createTranslator, type MessageTree, type Translate } from '@/lib/client/i18n/translator';

/**
 * The one way an island gets its interface strings: the page hands it its namespaces (typed by
 * lib/i18n/types.ts) and the island translates with them, as the server does with the same keys
 * ("wordCard.noEntry"), so check:i18n sees every use.
 */
export function useTranslator<Tree extends MessageTree>(locale: string, messages: Tree): Translate<Tree> {
  return useMemo(() => createTranslator(locale, messages), [locale, messages]);
}
