// What an annotation card says, read from the entry its link points at in the page's own lists
// (the annotation list for an entity, the editorial notes for a note), so that the card says
// exactly what the page without JavaScript says. Takes DOM elements, not the document: the unit
// test builds them with linkedom.
import { CLASS, DATA, SELECTOR } from '@/lib/render/contract';

export interface CardText {
  text: string;
  lang?: string;
}

export interface CardContent {
  kind: 'entity' | 'note';
  title: CardText[];
  type?: string;
  paragraphs: CardText[];
  links: { href: string; text: string; external: boolean }[];
}

function field(entry: Element, name: string): CardText | null {
  const element = entry.querySelector(SELECTOR.field(name));
  return element?.textContent ? { text: element.textContent, lang: element.getAttribute('lang') ?? undefined } : null;
}

/** Links in an entity's entry: its page on this site, then the external references. */
const LINK_FIELDS = ['page', 'external', 'wikidata'];

/**
 * The card for a trigger (a mention or a note reference) and the entry it links to.
 * `editorsNote` titles a note's card, in the interface language; `baseUrl` resolves the links.
 */
export function readEntry(trigger: Element, entry: Element, editorsNote: string, baseUrl: string): CardContent {
  if (trigger.classList.contains(CLASS.noteRef)) {
    const paragraphs = Array.from(entry.querySelectorAll(SELECTOR.noteText), (p) => ({ text: p.textContent ?? '', lang: p.getAttribute('lang') ?? undefined }));
    return { kind: 'note', title: [{ text: editorsNote }], paragraphs, links: [] };
  }
  const names = [field(entry, 'name-en'), field(entry, 'name-vi')].filter((name) => name !== null);
  const unique = names.filter((name, index) => names.findIndex((other) => other.text === name.text) === index);
  return {
    kind: 'entity',
    title: unique,
    type: field(entry, 'type')?.text,
    paragraphs: [field(entry, 'gloss'), field(entry, 'explanation')].filter((paragraph) => paragraph !== null),
    links: Array.from(entry.querySelectorAll(LINK_FIELDS.map(SELECTOR.field).join(', ')), (link) => ({
      // Resolved, as the link itself would navigate.
      href: new URL(link.getAttribute('href') ?? '', baseUrl).href,
      text: link.textContent ?? '',
      external: link.getAttribute(DATA.field.name) !== 'page',
    })),
  };
}
