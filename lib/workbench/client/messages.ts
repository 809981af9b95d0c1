// The interface strings the editor page embeds: the workbench namespace and the part-of-speech names.
import { createTranslator, type Translate } from '../../client/i18n/translator';
import type { Resources } from '../../i18n/types';

export type WorkbenchMessages = {
  workbench: Resources['workbench'];
  partsOfSpeech: Resources['partsOfSpeech'];
};
export type T = Translate<WorkbenchMessages>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isWorkbenchMessages(value: unknown): value is WorkbenchMessages {
  return isRecord(value) && isRecord(value.workbench) && isRecord(value.partsOfSpeech) && typeof value.workbench.title === 'string';
}

export function translator(locale: string, messages: WorkbenchMessages): T {
  return createTranslator(locale, messages);
}
