'use client';

import { writePreference } from '@/lib/client/preferences/store';
import { plainInitial, type TogglePreference } from '@/lib/client/preferences/registry';
import { CLASS } from '@/lib/render/contract';
import { usePreference } from './use-preference';

/** A switch for an on/off preference (registry.ts), which the store mirrors on <html> for CSS. */
export function PreferenceSwitch({ name, label }: { name: TogglePreference; label: string }) {
  const value = usePreference(name);
  const on = (value ?? plainInitial(name)) === 'on';
  return (
    <label className={`${CLASS.preferenceSwitch} ${CLASS.preferenceOf(name)}`}>
      <input type="checkbox" role="switch" checked={on} disabled={value === null} onChange={(event) => writePreference(name, event.target.checked ? 'on' : 'off')} />
      <span>{label}</span>
    </label>
  );
}
