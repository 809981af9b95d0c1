// The article body's slot in an exported page (components/article-body.tsx renders it empty in
// production; scripts/write-article-bodies.ts fills it). Only an EMPTY slot is filled, so the step
// is idempotent: a page already filled — e.g. one an incremental build linked back from the previous
// export — is left as it is. A page without exactly one slot is an error, never a silent skip. Pure.
import { DATA } from './contract';

// The slot as React writes it: an opening <div …> tag carrying the attribute, then `</div>` when
// empty. The RSC payload in the same file names the attribute too, but only inside a script string
// (`\"data-body-slot\":\"\"`), never as a tag, so it does not match.
const SLOT_TAG = new RegExp(`<div\\b[^<>]*\\s${DATA.bodySlot.name}=""[^<>]*>`, 'g');
const EMPTY_END = '</div>';

export type SlotFill = { status: 'filled'; html: string } | { status: 'already-filled' };

/**
 * `page` with its one empty body slot holding `body()`; 'already-filled' when the slot has content.
 * The body is made only for an empty slot: a page linked back from the previous export costs no render.
 */
export function fillBodySlot(page: string, body: () => string, name = 'page'): SlotFill {
  const slots = [...page.matchAll(SLOT_TAG)];
  if (slots.length !== 1) throw new Error(`${name}: expected exactly one article body slot (<div ${DATA.bodySlot.name}="">), found ${slots.length}`);
  const [slot] = slots;
  if (!slot) throw new Error(`${name}: no article body slot`);
  const end = slot.index + slot[0].length;
  if (!page.startsWith(EMPTY_END, end)) return { status: 'already-filled' };
  return { status: 'filled', html: page.slice(0, end) + body() + page.slice(end) };
}
