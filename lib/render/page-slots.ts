// The slots of an exported article page that the build writes after `next build` (lib/render/page-fill.ts):
// the body (components/article-body.tsx) and the end (components/article-end.tsx), both rendered
// empty by React in production. Pure. A page without exactly one slot of each is an error, never a
// silent skip.
// - The body slot is filled only when EMPTY, so the step is idempotent: a page already filled is left
//   as it is, at no cost.
// - The end slot is set to its content whatever it held: a headline edited in another article changes
//   it in a page that is otherwise reused. Its content has no <div>, so the slot ends at the first
//   `</div>` after its opening tag.
import { DATA, type DataAttribute } from './contract';

// A slot as React writes it: an opening <div …> tag carrying the attribute, then `</div>` when
// empty. The RSC payload in the same file names the attribute too, but only inside a script string
// (`\"data-body-slot\":\"\"`), never as a tag, so it does not match.
const slotTag = (attribute: DataAttribute) => new RegExp(`<div\\b[^<>]*\\s${attribute.name}=""[^<>]*>`, 'g');
const BODY_SLOT = slotTag(DATA.bodySlot);
const END_SLOT = slotTag(DATA.endSlot);
const CLOSE = '</div>';

/** The index just after the opening tag of the page's one slot. */
function slotStart(page: string, tag: RegExp, what: string, attribute: DataAttribute, name: string): number {
  const slots = [...page.matchAll(tag)];
  const [slot] = slots;
  if (slots.length !== 1 || !slot) throw new Error(`${name}: expected exactly one ${what} slot (<div ${attribute.name}="">), found ${slots.length}`);
  return slot.index + slot[0].length;
}

export type SlotFill = { status: 'filled'; html: string } | { status: 'already-filled' };

/**
 * `page` with its one empty body slot holding `body()`; 'already-filled' when the slot has content.
 * The body is made only for an empty slot: a page linked back from the previous export costs no render.
 */
export function fillBodySlot(page: string, body: () => string, name = 'page'): SlotFill {
  const end = slotStart(page, BODY_SLOT, 'article body', DATA.bodySlot, name);
  if (!page.startsWith(CLOSE, end)) return { status: 'already-filled' };
  return { status: 'filled', html: page.slice(0, end) + body() + page.slice(end) };
}

/** `page` with the content of its one end slot replaced by `content` (which must hold no <div>). */
export function setEndSlot(page: string, content: string, name = 'page'): string {
  if (/<div\b/i.test(content)) throw new Error(`${name}: the article end must not contain a <div> (its slot ends at the first </div>)`);
  const start = slotStart(page, END_SLOT, 'article end', DATA.endSlot, name);
  const close = page.indexOf(CLOSE, start);
  if (close < 0) throw new Error(`${name}: the article end slot is not closed`);
  return page.slice(0, start) + content + page.slice(close);
}
