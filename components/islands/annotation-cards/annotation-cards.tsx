'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { documentListeners } from '@/lib/client/dom/document-listeners';
import { fragmentId } from '@/lib/client/dom/fragment';
import type { Messages } from '@/lib/i18n/types';
import { CLASS, DATA, SELECTOR } from '@/lib/render/contract';
import { CardShell } from '../cards/card-shell';
import { useTranslator } from '../use-translator';
import { readEntry, type CardContent } from './read-entry';

// Opens a card for an entity mention (a[data-entity]) or an editorial-note reference (a.note-ref):
// on hover after a short delay, on keyboard focus, on tap or click. The card's content is read from
// the entry the link points at in the page's own lists (read-entry.ts).
// WCAG 2.2 1.4.13: dismissible (Esc), hoverable (stays open while pointed at), persistent.

const HOVER_DELAY = 350;
const LEAVE_DELAY = 250;

interface OpenCard {
  trigger: HTMLAnchorElement;
  content: CardContent;
  modal: boolean;
}

function annotationsHidden(): boolean {
  return document.documentElement.getAttribute(DATA.annotations.name) === 'off';
}

function studyMode(): boolean {
  return document.documentElement.getAttribute(DATA.study.name) === 'on';
}

function isMention(trigger: Element): boolean {
  return trigger.matches(SELECTOR.mention);
}

export function AnnotationCards({ locale, messages }: { locale: string; messages: Pick<Messages, 'cards'> }) {
  const t = useTranslator(locale, messages);
  const [card, setCard] = useState<OpenCard | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const hoverTimer = useRef<number | undefined>(undefined);
  const leaveTimer = useRef<number | undefined>(undefined);
  const openRef = useRef<OpenCard | null>(null);
  // Focus handed back to a mention on close must not reopen its card.
  const returningFocus = useRef(false);
  const editorsNote = t('cards.editorsNote');

  const close = useCallback((returnFocus: boolean) => {
    window.clearTimeout(hoverTimer.current);
    window.clearTimeout(leaveTimer.current);
    const current = openRef.current;
    if (!current) return;
    current.trigger.setAttribute('aria-expanded', 'false');
    openRef.current = null;
    setCard(null);
    if (returnFocus) {
      returningFocus.current = true;
      current.trigger.focus({ preventScroll: true });
      returningFocus.current = false;
    }
  }, []);

  const open = useCallback(
    (trigger: HTMLAnchorElement, modal: boolean) => {
      window.clearTimeout(hoverTimer.current);
      window.clearTimeout(leaveTimer.current);
      if (annotationsHidden() && isMention(trigger)) return;
      const targetId = fragmentId(trigger.hash);
      const entry = targetId ? document.getElementById(targetId) : null;
      if (!entry) return;
      const content = readEntry(trigger, entry, editorsNote, document.baseURI);
      openRef.current?.trigger.setAttribute('aria-expanded', 'false');
      trigger.setAttribute('aria-expanded', 'true');
      openRef.current = { trigger, content, modal };
      setCard(openRef.current);
    },
    [editorsNote],
  );

  useEffect(() => {
    const triggerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(SELECTOR.annotationTrigger) : null);
    const inCard = (target: EventTarget | null) => target instanceof Node && Boolean(cardRef.current?.contains(target));

    const onPointerOver = (event: PointerEvent) => {
      // In study mode the pointer is after words: a name's card waits for a click.
      if (event.pointerType !== 'mouse' || studyMode()) return;
      const trigger = triggerOf(event.target);
      if (trigger) {
        window.clearTimeout(leaveTimer.current);
        if (openRef.current?.trigger !== trigger) hoverTimer.current = window.setTimeout(() => open(trigger, false), HOVER_DELAY);
      } else if (inCard(event.target)) {
        window.clearTimeout(leaveTimer.current);
      }
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
      if (!triggerOf(event.target) && !inCard(event.target)) return;
      if (triggerOf(event.relatedTarget) === openRef.current?.trigger || inCard(event.relatedTarget)) return;
      window.clearTimeout(hoverTimer.current);
      if (openRef.current && !openRef.current.modal) leaveTimer.current = window.setTimeout(() => close(false), LEAVE_DELAY);
    };
    const onFocusIn = (event: FocusEvent) => {
      const trigger = triggerOf(event.target);
      if (trigger && !returningFocus.current && openRef.current?.trigger !== trigger) open(trigger, false);
    };
    const onFocusOut = (event: FocusEvent) => {
      const current = openRef.current;
      if (!current || inCard(event.relatedTarget) || event.relatedTarget === current.trigger) return;
      if (event.target === current.trigger || inCard(event.target)) close(false);
    };
    const onClick = (event: MouseEvent) => {
      const trigger = triggerOf(event.target);
      if (!trigger || event.metaKey || event.ctrlKey || event.shiftKey) return;
      if (annotationsHidden() && isMention(trigger)) return;
      event.preventDefault();
      open(trigger, true);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (openRef.current && !inCard(event.target) && !triggerOf(event.target)) close(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && openRef.current) {
        event.preventDefault();
        close(true);
      }
    };
    const listeners = documentListeners()
      .on('pointerover', onPointerOver)
      .on('pointerout', onPointerOut)
      .on('focusin', onFocusIn)
      .on('focusout', onFocusOut)
      .on('click', onClick)
      .on('pointerdown', onPointerDown)
      .on('keydown', onKeyDown);
    for (const trigger of document.querySelectorAll(SELECTOR.annotationTrigger)) trigger.setAttribute('aria-haspopup', 'dialog');
    return listeners.off;
  }, [open, close]);

  if (!card) return null;
  const { content } = card;
  return (
    <CardShell
      cardRef={cardRef}
      titleId="annotation-card-title"
      className={CLASS.cardOf(content.kind)}
      anchorBox={() => card.trigger.getBoundingClientRect()}
      sentenceBox={() => (card.trigger.closest(SELECTOR.aligned) ?? card.trigger).getBoundingClientRect()}
      placementKey={card}
      focusKey={card.modal ? card : null}
      closeLabel={t('cards.close')}
      onClose={() => close(true)}
    >
      <p className={CLASS.cardHeading} id="annotation-card-title">
        {content.title.map((part, index) => (
          <span key={part.text} lang={part.lang}>
            {index > 0 ? ' · ' : ''}
            {part.text}
          </span>
        ))}
      </p>
      {content.type ? <p className={CLASS.cardType}>{content.type}</p> : null}
      {content.paragraphs.map((paragraph) => (
        <p key={paragraph.text} lang={paragraph.lang}>
          {paragraph.text}
        </p>
      ))}
      {content.links.length ? (
        <p className={CLASS.cardLinks}>
          {content.links.map((link) => (
            <a key={link.href} href={link.href} {...(link.external ? { rel: 'noopener noreferrer external' } : {})}>
              {link.text}
            </a>
          ))}
        </p>
      ) : null}
    </CardShell>
  );
}
