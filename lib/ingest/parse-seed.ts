// Turns the lines of a scraped article into a draft: metadata, body blocks, and a decision for every
// line (kept, dropped or read as metadata, with the rule that decided it). The rules live in
// ./rules, one per module; this file only applies them in page order.
import { nfc } from '../text/fold';
import { splitSentencesWithJoins } from '../text/sentences';
import { findAttribution } from './rules/attribution';
import { blockType, ENDS_SENTENCE, isCaptionLine } from './rules/block-type';
import { isByline } from './rules/byline';
import { parseDateLine, parseTimeLine } from './rules/date';
import { isAgencyAlone, isAsciiAlt, isFileLikeAlt, isImageFileName, isNumberedAlt, isPhotoCreditLine } from './rules/image-text';
import { isNavigation } from './rules/navigation';
import { findOutletMark, knownOutletName } from './rules/outlet-mark';
import { isLonePunctuation } from './rules/punctuation';
import { isInlineItemList, isInlineRelatedLink, isMarkedItem, isRelatedHeading, isTimestamp, isTitleLike } from './rules/related';
import { endsArticle, isTagHeadingAlone, isWeatherText, widgetKind } from './rules/widgets';
import type { BlockType, FoundMetadata, LineDecision, SeedDraft, SourceLine } from './types';

export type { BlockType, DraftBlock, DroppedLine, SeedDraft } from './types';

/** A sentence longer than this is reported: it usually hides a lost sentence break. */
export const LONG_UNIT = 400;
/** The headline, date and byline are looked for in this many lines at the top. */
const HEADER_LINES = 10;
const BLOCK_PREFIX: Record<BlockType, string> = { paragraph: 'p', heading: 'h', caption: 'c' };
/** An e-mail address or a bare link on its own line: a byline's contact, never a headline. */
const CONTACT = /^(?:\S+@\S+\.\w+|https?:\/\/\S+|www\.\S+)$/u;

/** Raw text → numbered, trimmed, non-empty lines in NFC. */
export function textLines(raw: string): SourceLine[] {
  return nfc(raw)
    .replace(/^\ufeff/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((original, index) => ({ line: index + 1, text: original.trim(), trailingSpace: /[\s\u00a0]$/u.test(original) }))
    .filter((entry) => entry.text !== '');
}

/** The page's own title line, give or take case, punctuation and a site name around it. */
function sameTitle(line: string, headline: string): boolean {
  const bare = (value: string) => value.toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const a = bare(line);
  const b = bare(headline);
  return a === b || (a.length >= 12 && b.length >= 12 && (a.includes(b) || b.includes(a)));
}

function headlineShaped(text: string): boolean {
  return text.length >= 4 && text.length <= 250 && !/[.]["”’)\]]*$/u.test(text);
}

/**
 * Lines → draft. `known` is metadata found outside the text (HTML meta tags, JSON-LD); it wins over
 * the text. `label` names the numbered things in messages: lines of text, or blocks of an HTML page.
 */
export function parseLines(input: SourceLine[], known: FoundMetadata[] = [], label: 'line' | 'block' = 'line'): SeedDraft {
  const lines = input.map((entry) => ({ ...entry, text: nfc(entry.text).trim() })).filter((entry) => entry.text !== '');
  const draft: SeedDraft = { blocks: [], dropped: [], decisions: [], metadata: [...known], splits: [], warnings: [] };
  for (const found of known) {
    if (found.field === 'headline') draft.headline ??= found.value;
    if (found.field === 'date') draft.date ??= found.value;
    if (found.field === 'time') draft.time ??= found.value;
    if (found.field === 'byline') draft.byline ??= found.value;
    if (found.field === 'outletName') draft.outletName ??= found.value;
    if (found.field === 'sourceUrl') draft.sourceUrl ??= found.value;
  }
  const decided = new Map<number, LineDecision>();
  const where = (index: number) => `${label} ${lines[index]?.line ?? 0}`;
  const decide = (index: number, action: LineDecision['action'], rule: string, unsure = false) => {
    const entry = lines[index];
    if (entry) decided.set(index, { line: entry.line, text: entry.text, action, rule, ...(unsure ? { unsure } : {}) });
  };
  const drop = (index: number, rule: string) => decide(index, 'dropped', rule);
  const found = (index: number, field: FoundMetadata['field'], value: string, rule: string) => {
    decide(index, 'metadata', rule);
    draft.metadata.push({ field, value, where: where(index) });
  };

  // 1. Lines that are never text, wherever they are.
  const live: number[] = [];
  for (const [index, entry] of lines.entries()) {
    const previous = live.length ? lines[live[live.length - 1] ?? -1] : undefined;
    if (isLonePunctuation(entry.text)) drop(index, 'lone punctuation');
    else if (previous && previous.text === entry.text) drop(index, 'duplicate of the line before');
    else if (isImageFileName(entry.text)) drop(index, 'image file name');
    else live.push(index);
  }
  const text = (position: number) => lines[live[position] ?? -1]?.text;

  // 2. The header: everything above the first line that reads as article text. In it: date lines,
  // bylines, navigation (breadcrumbs, event streams, lists), and headline candidates. The headline
  // is the candidate right above the date or byline, else the last candidate: navigation and
  // event-stream items come before the real headline, never after it.
  // Headlines may end in "?" or "!", never in a full stop; article text is long or ends in one.
  const isArticleText = (value: string) =>
    (/[.…]["”’)\]]*$/u.test(value) && value.length > 60) || (ENDS_SENTENCE.test(value) && value.length > 160) || value.length > 250;
  let ledeAt = 0;
  while (ledeAt < live.length && ledeAt < HEADER_LINES && !isArticleText(text(ledeAt) ?? '')) ledeAt++;
  if (ledeAt >= live.length || ledeAt >= HEADER_LINES) {
    // No long sentence near the top: the article starts at the first line that ends a sentence.
    const firstSentence = live.findIndex((_, at) => at < HEADER_LINES && ENDS_SENTENCE.test(text(at) ?? ''));
    ledeAt = firstSentence > 0 ? firstSentence : Math.min(live.length, 1);
  }
  const roles = new Map<number, 'date' | 'time' | 'byline' | 'contact' | 'navigation' | 'candidate' | 'other'>();
  for (let at = 0; at < ledeAt; at++) {
    const line = text(at) ?? '';
    const entry = lines[live[at] ?? -1];
    if (isRelatedHeading(line) || isInlineRelatedLink(line) || widgetKind(line) !== undefined) roles.set(at, 'other');
    else if (parseDateLine(line)) roles.set(at, 'date');
    else if (roles.get(at - 1) === 'date' && parseTimeLine(line)) roles.set(at, 'time');
    else if (isNavigation(line)) roles.set(at, 'navigation');
    else if (CONTACT.test(line)) roles.set(at, 'contact');
    else if (isByline(line) && !findAttribution(line)) roles.set(at, 'byline');
    else if (headlineShaped(line) && entry && !entry.trailingSpace && !isPhotoCreditLine(line) && !isNumberedAlt(line, undefined)) roles.set(at, 'candidate');
    else roles.set(at, 'other');
  }
  const candidates = [...roles.entries()].filter(([, role]) => role === 'candidate').map(([at]) => at);
  const unrepeated = candidates.filter((at) => !live.slice(at + 1).some((other) => lines[other]?.text === text(at)));
  const pool = unrepeated.length ? unrepeated : candidates;
  // Section labels ("Thời sự", "Thế giới") are candidates too, but weak ones: a longer line wins.
  const strong = pool.filter((at) => (text(at) ?? '').split(/\s+/u).length > 3);
  const ranked = strong.length ? strong : pool;
  const beforeMeta = ranked.filter((at) => roles.get(at + 1) === 'date' || roles.get(at + 1) === 'byline');
  const headlineAt = draft.headline !== undefined ? candidates.find((at) => sameTitle(text(at) ?? '', draft.headline ?? '')) : (beforeMeta.at(-1) ?? ranked.at(-1));
  if (headlineAt !== undefined) {
    const line = text(headlineAt) ?? '';
    if (draft.headline === undefined) draft.headline = line;
    found(live[headlineAt] ?? -1, 'headline', line, known.some((meta) => meta.field === 'headline') ? 'headline (also in the page metadata)' : 'headline');
  } else if (draft.headline === undefined) {
    const first = lines[live[0] ?? -1];
    draft.warnings.push(`no headline found${first ? `: ${label} ${first.line} reads as article text` : ''}; write one in headline.vi (headline.editorial: true)`);
  }
  // A date above the headline with another below it is the site's date of today: the one below wins.
  const dates = [...roles.entries()].filter(([, role]) => role === 'date').map(([at]) => at);
  const dateAt = (headlineAt !== undefined ? dates.find((at) => at > headlineAt) : undefined) ?? dates[0];
  let position = 0;
  for (; position < ledeAt; position++) {
    const index = live[position] ?? -1;
    const line = text(position) ?? '';
    const role = roles.get(position);
    if (position === headlineAt) continue;
    if (role === 'date' && position !== dateAt) {
      drop(index, position < (dateAt ?? 0) ? 'another date line (the site’s date of today)' : 'another date line (an update time)');
      continue;
    }
    if (role === 'date') {
      const date = parseDateLine(line);
      if (!date) continue;
      decide(index, 'metadata', 'date line');
      draft.metadata.push({ field: 'date', value: date.date, where: where(index) });
      draft.date ??= date.date;
      if (date.time) {
        draft.metadata.push({ field: 'time', value: date.time, where: where(index) });
        draft.time ??= date.time;
      }
      if (date.rest) {
        draft.metadata.push({ field: 'byline', value: date.rest, where: `${where(index)}, after the date` });
        draft.byline ??= date.rest;
      }
      continue;
    }
    if (role === 'time') {
      const time = parseTimeLine(line) ?? '';
      found(index, 'time', time, 'time line under the date');
      draft.time ??= time;
      continue;
    }
    if (role === 'contact') {
      drop(index, 'byline contact (e-mail or link)');
      continue;
    }
    if (role === 'byline' && (headlineAt === undefined || position > headlineAt)) {
      found(index, 'byline', line, 'byline under the headline');
      draft.byline ??= line;
      continue;
    }
    if (headlineAt !== undefined && position < headlineAt) {
      drop(index, role === 'navigation' ? 'navigation above the headline' : 'navigation or another story above the headline');
      continue;
    }
    if (role === 'navigation' && isNavigation(line) && !isMarkedItem(line)) {
      drop(index, 'navigation in the header');
      continue;
    }
    // Anything else in the header (a kicker, a subtitle) is kept as article text.
    break;
  }

  // 3. The body: related-article blocks, widgets, image text; everything else is kept.
  let inRelated = false;
  let afterEnd = false;
  let inTags = false;
  let inWeather = false;
  let summaryNext = false;
  const kept: { index: number; unsure?: string }[] = [];
  const lastArticleText = live.reduce((last, _, at) => {
    const value = text(at) ?? '';
    return isArticleText(value) || (ENDS_SENTENCE.test(value) && value.length >= 20) ? at : last;
  }, -1);
  const isBodyLike = (value: string | undefined) => value !== undefined && !isTitleLike(value) && !isTimestamp(value) && widgetKind(value) === undefined;
  for (let at = position; at < live.length; at++) {
    const index = live[at] ?? -1;
    const entry = lines[index];
    if (!entry) continue;
    const line = entry.text;
    const next = text(at + 1);
    const afterNext = text(at + 2);
    const kind = widgetKind(line);
    if (kind) {
      drop(index, kind);
      if (endsArticle(kind)) afterEnd = true;
      inTags = kind === 'tag list' && isTagHeadingAlone(line);
      inWeather = kind === 'weather box';
      summaryNext = false;
      continue;
    }
    if (inWeather && isWeatherText(line)) {
      drop(index, 'weather box');
      continue;
    }
    inWeather = false;
    if (inTags && line.length <= 40 && !ENDS_SENTENCE.test(line)) {
      drop(index, 'tag list');
      continue;
    }
    inTags = false;
    if (isRelatedHeading(line)) {
      drop(index, 'related-article heading');
      inRelated = true;
      summaryNext = false;
      continue;
    }
    if (isInlineRelatedLink(line)) {
      drop(index, 'related-article link');
      continue;
    }
    if (isInlineItemList(line)) {
      drop(index, 'related-article list (items on one line)');
      continue;
    }
    const nextEntry = lines[live[at + 1] ?? -1];
    if (isNumberedAlt(line, draft.headline, nextEntry !== undefined && isCaptionLine(nextEntry))) {
      drop(index, 'image alt text (numbered photo)');
      continue;
    }
    if (draft.headline !== undefined && line === draft.headline) {
      drop(index, 'alt text repeating the headline');
      continue;
    }
    if (isFileLikeAlt(line)) {
      drop(index, 'image alt text (a file-like name)');
      continue;
    }
    if (isAgencyAlone(line) && at < lastArticleText) {
      // At the very end the tail reads it as the source ("TTXVN"); in the body it is a photo credit.
      drop(index, 'photo credit (an agency name alone)');
      continue;
    }
    if (nextEntry && isAsciiAlt(line) && isCaptionLine(nextEntry)) {
      drop(index, 'image file name used as alt text');
      continue;
    }
    if (isPhotoCreditLine(line)) {
      const previous = kept.at(-1);
      const previousEntry = previous ? lines[previous.index] : undefined;
      if (previousEntry && isCaptionLine(previousEntry) && previous?.index === live[at - 1]) {
        kept.push({ index, unsure: 'photo credit joined to the caption above' });
      } else drop(index, 'photo credit without a caption');
      continue;
    }
    // Title / time / summary triples are other stories only once this one has begun, and only
    // under a related heading, after the comment box, or when another item follows.
    const begun = kept.length > 0 || inRelated || afterEnd;
    const listed = inRelated || afterEnd || [2, 3, 4].some((ahead) => isTimestamp(text(at + ahead) ?? ''));
    if (begun && isTimestamp(line)) {
      drop(index, 'timestamp of a related article');
      summaryNext = true;
      continue;
    }
    if (begun && listed && next !== undefined && isTimestamp(next) && isTitleLike(line)) {
      drop(index, 'related-article title (title, time, summary)');
      continue;
    }
    if (summaryNext) {
      summaryNext = false;
      const anotherItem = afterNext !== undefined && isTimestamp(afterNext);
      if (inRelated || afterEnd || anotherItem) {
        drop(index, 'related-article summary');
        continue;
      }
      kept.push({ index, unsure: 'follows a timestamp line but the text after it is article text' });
      continue;
    }
    if (inRelated && (isByline(line) || findAttribution(line))) {
      // A byline or a source line ends a related block: it belongs to this article.
      inRelated = false;
      kept.push({ index });
      continue;
    }
    if (inRelated) {
      if (isMarkedItem(line) && isTitleLike(line)) {
        drop(index, 'related-article item');
        continue;
      }
      if (isMarkedItem(line)) {
        // A numbered paragraph ("1. Về kinh tế, …") after a related list: the article again.
        kept.push({ index, unsure: 'a numbered line after a related list, but it reads as article text' });
        inRelated = false;
        continue;
      }
      if (isTitleLike(line)) {
        if (isBodyLike(next) && !afterEnd) {
          kept.push({ index, unsure: 'a title-shaped line where a related block meets article text' });
          inRelated = false;
          continue;
        }
        drop(index, 'related-article item');
        continue;
      }
      inRelated = false;
    }
    kept.push(afterEnd ? { index, unsure: 'after the comment widget' } : { index });
  }

  // 4. The tail: a source attribution and a byline at the very end.
  for (let round = 0; round < 3 && kept.length > 0; round++) {
    const last = kept[kept.length - 1];
    const entry = last ? lines[last.index] : undefined;
    if (!last || !entry || entry.hint === 'heading') break;
    const attribution = findAttribution(entry.text);
    if (attribution && !draft.attribution) {
      found(last.index, 'attribution', attribution, 'source attribution at the end');
      draft.attribution = attribution;
      kept.pop();
      continue;
    }
    if (isByline(entry.text) && !draft.metadata.some((meta) => meta.field === 'byline' && meta.where.endsWith('at the end'))) {
      decide(last.index, 'metadata', 'byline at the end');
      draft.metadata.push({ field: 'byline', value: entry.text, where: `${where(last.index)}, at the end` });
      draft.byline ??= entry.text;
      kept.pop();
      continue;
    }
    break;
  }

  // 5. Blocks and sentences.
  const counters: Record<BlockType, number> = { paragraph: 0, heading: 0, caption: 0 };
  let units = 0;
  for (const { index, unsure } of kept) {
    const entry = lines[index];
    if (!entry) continue;
    const previousBlock = draft.blocks.at(-1);
    if (unsure === 'photo credit joined to the caption above' && previousBlock?.type === 'caption') {
      previousBlock.sentences.push(entry.text);
      units += 1;
      decide(index, 'kept', `photo credit, unit s${units} of the caption above`);
      continue;
    }
    const type = blockType(entry);
    const split = type === 'heading' ? { sentences: [entry.text], joins: [] } : splitSentencesWithJoins(entry.text);
    counters[type] += 1;
    const blockId = `${BLOCK_PREFIX[type]}${counters[type]}`;
    draft.blocks.push({ type, sentences: split.sentences, line: entry.line });
    for (const join of split.joins) draft.splits.push({ line: entry.line, before: join.before, after: join.after, rule: join.rule });
    for (const sentence of split.sentences) {
      units += 1;
      if (sentence.length > LONG_UNIT) draft.warnings.push(`${label} ${entry.line}: unit s${units} is ${sentence.length} characters long: check for a lost sentence break`);
    }
    const nameLike = type === 'heading' && isByline(entry.text);
    const note = unsure ?? (nameLike ? 'looks like a byline but is neither next to the headline nor at the end' : undefined);
    decide(index, 'kept', `${type} ${blockId}${note ? `: ${note}` : ''}`, note !== undefined);
  }

  const lede = draft.blocks.find((block) => block.type === 'paragraph')?.sentences[0];
  const mark = lede ? findOutletMark(lede) : undefined;
  if (mark) {
    draft.outletMark = mark.mark;
    const ledeLine = draft.blocks.find((block) => block.type === 'paragraph')?.line ?? 0;
    draft.metadata.push({ field: 'outletMark', value: mark.mark, where: `${label} ${ledeLine}, start of the lede` });
    const name = knownOutletName(mark.bare);
    if (name && !draft.outletName) draft.outletName = name;
  }

  draft.decisions = [...decided.values()].sort((a, b) => a.line - b.line);
  draft.dropped = draft.decisions.filter((decision) => decision.action === 'dropped').map(({ line, text: value, rule }) => ({ line, text: value, reason: rule }));
  return draft;
}

/** Turns a raw scraped article (plain text, as the seeds) into a draft. */
export function parseSeed(raw: string): SeedDraft {
  return parseLines(textLines(raw));
}
