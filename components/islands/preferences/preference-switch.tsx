'use client';

import { writePreference } from '@/lib/client/preferences/store';
import { plainInitial, type TogglePreference } from '@/lib/client/preferences/registry';
import { CLASS } from '@/lib/render/contract';
import { usePreference } from './use-preference';

/**
 * A switch for an on/off preference (registry.ts), which the store mirrors on <html> for CSS. With
 * `short`, it shows that word as a toolbar chip and keeps `label` as its accessible name (which
 * contains the word, so speech input finds it).
 */
export function PreferenceSwitch({ name, label, short }: { name: TogglePreference; label: string; short?: string }) {
  const value = usePreference(name);
  const on = (value ?? plainInitial(name)) === 'on';
  return (
    <label className={`${CLASS.preferenceSwitch} ${CLASS.preferenceOf(name)}${short ? ` ${CLASS.toolbarChip}` : ''}`}>
      <input
        type="checkbox"
        role="switch"
        checked={on}
        disabled={value === null}
        aria-label={short ? label : undefined}
        onChange={(event) => writePreference(name, event.target.checked ? 'on' : 'off')}
      />
      <span>{short ?? label}</span>
    </label>
  );
}
