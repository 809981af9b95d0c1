'use client';

import { useId } from 'react';
import { writePreference } from '@/lib/client/preferences/store';
import { LAYOUTS, type ReaderLayout } from '@/lib/client/preferences/registry';
import type { Messages } from '@/lib/i18n/types';
import { CLASS } from '@/lib/render/contract';
import { useTranslator } from '../use-translator';
import { PreferenceSwitch } from './preference-switch';
import { usePreference } from './use-preference';

const LAYOUT_KEYS: Record<ReaderLayout, keyof Messages['readerControls']> = { 'side-by-side': 'sideBySide', interlinear: 'interlinear', vi: 'vietnameseOnly', en: 'englishOnly' };

/** The layout radio group and the annotations switch above an article; the pre-paint script applies both before first paint. */
export function ReaderControls({ locale, messages }: { locale: string; messages: Pick<Messages, 'readerControls'> }) {
  const t = useTranslator(locale, messages);
  const name = useId();
  const layout = usePreference('layout');
  return (
    <>
      <fieldset className={CLASS.layoutSwitch} disabled={layout === null}>
        <legend>{t('readerControls.layout')}</legend>
        {LAYOUTS.map((option) => (
          <label key={option} className={CLASS.layoutOption}>
            <input type="radio" name={name} value={option} checked={layout === option} onChange={() => writePreference('layout', option)} />
            <span>{t(`readerControls.${LAYOUT_KEYS[option]}`)}</span>
          </label>
        ))}
      </fieldset>
      <PreferenceSwitch name="annotations" label={t('readerControls.showAnnotations')} />
    </>
  );
}
