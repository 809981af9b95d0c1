'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { documentListeners } from '@/lib/client/dom/document-listeners';
import { writePreference } from '@/lib/client/preferences/store';
import { LAYOUTS, type ReaderLayout } from '@/lib/client/preferences/registry';
import type { Messages } from '@/lib/i18n/types';
import { CLASS } from '@/lib/render/contract';
import { useTranslator } from '../use-translator';
import { PreferenceSwitch } from './preference-switch';
import { usePreference } from './use-preference';

const LAYOUT_KEYS: Record<ReaderLayout, keyof Messages['readerControls']> = { 'side-by-side': 'sideBySide', interlinear: 'interlinear', vi: 'vietnameseOnly', en: 'englishOnly' };

/**
 * "Aa" in the reading toolbar: a small panel with the layout radio group and the annotations switch;
 * the pre-paint script applies both before first paint. Esc or a tap outside closes the panel.
 */
export function ReaderControls({ locale, messages }: { locale: string; messages: Pick<Messages, 'readerControls'> }) {
  const t = useTranslator(locale, messages);
  const name = useId();
  const panelId = useId();
  const layout = usePreference('layout');
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const inside = (target: EventTarget | null) => target instanceof Node && Boolean(root.current?.contains(target));
    return documentListeners()
      .on('pointerdown', (event) => inside(event.target) || setOpen(false))
      .on('keydown', (event) => {
        if (event.key !== 'Escape') return;
        setOpen(false);
        button.current?.focus();
      }).off;
  }, [open]);

  return (
    <div className={CLASS.readingMenu} ref={root}>
      <button ref={button} type="button" className={CLASS.toolbarButton} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)} disabled={layout === null}>
        <span className={CLASS.toolbarGlyph}>{t('readerControls.menuGlyph')}</span>
        <span className={CLASS.visuallyHidden}>{t('readerControls.menu')}</span>
      </button>
      <div id={panelId} className={CLASS.readingPanel} hidden={!open}>
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
      </div>
    </div>
  );
}
