'use client';

import { useId } from 'react';
import { writePreference } from '@/lib/client/preferences/store';
import { isPreferenceValue, THEMES } from '@/lib/client/preferences/registry';
import type { Messages } from '@/lib/i18n/types';
import { CLASS } from '@/lib/render/contract';
import { useTranslator } from '../use-translator';
import { usePreference } from './use-preference';

/** Light, dark, or the system's choice; the pre-paint script applies a saved choice before paint. */
export function ThemeSwitch({ locale, messages }: { locale: string; messages: Pick<Messages, 'theme'> }) {
  const t = useTranslator(locale, messages);
  const id = useId();
  const theme = usePreference('theme');
  return (
    <span className={CLASS.themeSwitch}>
      <label htmlFor={id}>{t('theme.label')}</label>
      <select
        id={id}
        value={theme ?? 'system'}
        disabled={theme === null}
        onChange={(event) => {
          const value = event.target.value;
          if (isPreferenceValue('theme', value)) writePreference('theme', value);
        }}
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
