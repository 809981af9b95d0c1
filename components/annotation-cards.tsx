'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { placeCard } from './card-position';
import { documentListeners } from './document-listeners';

// Opens a card for an entity mention (a[data-entity]) or an editorial-note reference (a.note-ref):
// on hover after a short delay, on keyboard focus, on tap or click. The card's content is read from
// the entry the link points at in the page's own lists, so it says exactly what the no-JS page says.
// WCAG 2.2 1.4.13: dismissible (Esc), hoverable (stays open while pointed at), persistent.

const HOVER_DELAY = 350;
const LEAVE_DELAY = 250;
const TRIGGER = 'a[data-entity].mention, a.note-ref';

interface CardContent {
  kind: 'entity' | 'note';
  title: { text: string; lang?: string }[];
  type?: string;
  paragraphs: { text: string; lang?: string }[];
  links: { href: string; text: string; external: boolean }[];
}

interface OpenCard {
  trigger: HTMLAnchorElement;
  content: CardContent;
  modal: boolean;
}

function field(entry: Element, name: string): { text: string; lang?: string } | null {
  const element = entry.querySelector(`[data-field="${name}"]`);
  return element?.textContent ? { text: element.textContent, lang: element.getAttribute('lang') ?? undefined } : null;
}

function readContent(trigger: HTMLAnchorElement, editorsNote: string): CardContent | null {
  const targetId = decodeURIComponent(trigger.hash.slice(1));
  const entry = targetId ? document.getElementById(targetId) : null;
  if (!entry) return null;
  if (trigger.classList.contains('note-ref')) {
    const paragraphs = Array.from(entry.querySelectorAll('p[lang]'), (p) => ({ text: p.textContent ?? '', lang: p.getAttribute('lang') ?? undefined }));
    return { kind: 'note', title: [{ text: editorsNote }], paragraphs, links: [] };
  }
  const names = [field(entry, 'name-en'), field(entry, 'name-vi')].filter((name) => name !== null);
  const unique = names.filter((name, index) => names.findIndex((other) => other.text === name.text) === index);
  return {
    kind: 'entity',
    title: unique,
    type: field(entry, 'type')?.text,
    paragraphs: [field(entry, 'gloss'), field(entry, 'explanation')].filter((paragraph) => paragraph !== null),
    links: Array.from(entry.querySelectorAll<HTMLAnchorElement>('[data-field="page"], [data-field="external"], [data-field="wikidata"]'), (link) => ({
      href: link.href,
      text: link.textContent ?? '',
      external: link.dataset.field !== 'page',
    })),
  };
}

function annotationsHidden(): boolean {
  return document.documentElement.dataset.annotations === 'off';
}

export function AnnotationCards({ labels }: { labels: { close: string; editorsNote: string } }) {
  const [card, setCard] = useState<OpenCard | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const hoverTimer = useRef<number | undefined>(undefined);
  const leaveTimer = useRef<number | undefined>(undefined);
  const openRef = useRef<OpenCard | null>(null);
  // Focus handed back to a mention on close must not reopen its card.
  const returningFocus = useRef(false);

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
      if (annotationsHidden() && trigger.matches('a[data-entity]')) return;
      const content = readContent(trigger, labels.editorsNote);
      if (!content) return;
      openRef.current?.trigger.setAttribute('aria-expanded', 'false');
      trigger.setAttribute('aria-expanded', 'true');
      openRef.current = { trigger, content, modal };
      setCard(openRef.current);
    },
    [labels.editorsNote],
  );

  useLayoutEffect(() => {
    const element = cardRef.current;
    if (!card || !element) return;
    placeCard(element, () => card.trigger.getBoundingClientRect());
    if (card.modal) element.focus({ preventScroll: true });
  }, [card]);

  useEffect(() => {
    const triggerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(TRIGGER) : null);
    const inCard = (target: EventTarget | null) => target instanceof Node && Boolean(cardRef.current?.contains(target));

    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
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
      if (annotationsHidden() && trigger.matches('a[data-entity]')) return;
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
    for (const trigger of document.querySelectorAll(TRIGGER)) trigger.setAttribute('aria-haspopup', 'dialog');
    return listeners.off;
  }, [open, close]);

  if (!card) return null;
  const { content } = card;
  return createPortal(
    <div
      ref={cardRef}
      role="dialog"
      aria-modal="false"
      aria-labelledby="annotation-card-title"
      tabIndex={-1}
      className={`annotation-card annotation-card-${content.kind}`}
      style={{ visibility: 'hidden' }}
    >
      <p className="card-heading" id="annotation-card-title">
        {content.title.map((part, index) => (
          <span key={part.text} lang={part.lang}>
            {index > 0 ? ' · ' : ''}
            {part.text}
          </span>
        ))}
      </p>
      {content.type ? <p className="card-type">{content.type}</p> : null}
      {content.paragraphs.map((paragraph) => (
        <p key={paragraph.text} lang={paragraph.lang}>
          {paragraph.text}
        </p>
      ))}
      {content.links.length ? (
        <p className="card-links">
          {content.links.map((link) => (
            <a key={link.href} href={link.href} {...(link.external ? { rel: 'noopener noreferrer external' } : {})}>
              {link.text}
            </a>
          ))}
        </p>
      ) : null}
      <button type="button" className="card-close" onClick={() => close(true)}>
        {labels.close}
      </button>
    </div>,
    document.body,
  );
}
