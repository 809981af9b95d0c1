import { nfc } from '../text/fold';
import { splitSentences } from '../text/sentences';

export type BlockType = 'paragraph' | 'heading' | 'caption';

export interface DraftBlock {
  type: BlockType;
  sentences: string[];
}

export interface DroppedLine {
  line: number;
  text: string;
  reason: string;
}

export interface SeedDraft {
  headline?: string;
  outletMark?: string;
  date?: string;
  time?: string;
  byline?: string;
  blocks: DraftBlock[];
  dropped: DroppedLine[];
}

interface Line {
  line: number;
  text: string;
  trailingSpace: boolean;
}

/** Lines from which the rest of a scraped page is site furniture: comments, related lists, weather. */
const END_OF_ARTICLE = /^(Viết bình luận mới|Xem thêm|Bình luận \(\d+\)|Lên đầu trang|THÔNG TIN CẦN BIẾT|Tin liên quan|Bài liên quan)$/u;
const DATE_LINE =
  /^(?:Thứ [^,]+|Chủ nhật),\s*(?:ngày\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\|?\s*(\d{1,2}:\d{2})?\s*(?:\|\s*(.+))?$/u;
const LONE_PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;
const PHOTO_CREDIT = /(?:^|[\s(])(?:Ảnh|Nguồn|Photo|Source)\s*:/u;
const FILE_NAME_ALT = /^[A-Za-z0-9 _-]+$/;
const OUTLET_MARK = /^(?:([A-Z]{2,}(?:\.[A-Z]{2,})+)\s+[-–]\s|\(([A-Z]{2,5})\)\s)/u;
const ENDS_SENTENCE = /[.!?…]["”’)\]]*$/u;

function isCaption(entry: Line): boolean {
  return PHOTO_CREDIT.test(entry.text) || (entry.trailingSpace && entry.text.length <= 120 && !ENDS_SENTENCE.test(entry.text));
}

function isByline(text: string): boolean {
  if (text.length > 40 || ENDS_SENTENCE.test(text)) return false;
  return text === text.toLocaleUpperCase('vi') || /\((?:T\/h|TH|tổng hợp)\)$|tổng hợp$/iu.test(text);
}

/** Turns a raw scraped article into a draft: metadata, body blocks and a record of what was dropped. */
export function parseSeed(raw: string): SeedDraft {
  const dropped: DroppedLine[] = [];
  const lines: Line[] = [];
  const rawLines = nfc(raw).replace(/\r\n?/g, '\n').split('\n');
  for (const [index, original] of rawLines.entries()) {
    const line = index + 1;
    const text = original.trim();
    if (!text) continue;
    if (END_OF_ARTICLE.test(text)) {
      rawLines.slice(index).forEach((rest, offset) => {
        if (rest.trim()) dropped.push({ line: line + offset, text: rest.trim(), reason: 'page furniture after the article' });
      });
      break;
    }
    if (LONE_PUNCTUATION.test(text)) {
      dropped.push({ line, text, reason: 'lone punctuation' });
      continue;
    }
    const previous = lines.at(-1);
    if (previous && previous.text === text) {
      dropped.push({ line, text, reason: 'duplicate of the line before' });
      continue;
    }
    lines.push({ line, text, trailingSpace: /[\s\u00a0]$/u.test(original) });
  }

  const draft: SeedDraft = { blocks: [], dropped };
  const dateIndex = lines.findIndex((entry) => DATE_LINE.test(entry.text));
  if (dateIndex !== -1 && dateIndex <= 2) {
    const [entry] = lines.splice(dateIndex, 1);
    const match = entry ? DATE_LINE.exec(entry.text) : null;
    if (match) {
      const [, day, month, year, time, byline] = match;
      draft.date = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
      if (time) draft.time = time.padStart(5, '0');
      if (byline) draft.byline = byline.trim();
    }
  }
  const first = lines[0];
  if (first && first.text.length <= 160 && !/[.]["”’)\]]*$/u.test(first.text)) {
    draft.headline = first.text;
    lines.shift();
  }
  const last = lines.at(-1);
  if (last && isByline(last.text)) {
    draft.byline ??= last.text;
    lines.pop();
  }

  for (const [index, entry] of lines.entries()) {
    const next = lines[index + 1];
    if (FILE_NAME_ALT.test(entry.text) && next && isCaption(next)) {
      dropped.push({ line: entry.line, text: entry.text, reason: 'image file name used as alt text' });
      continue;
    }
    const type: BlockType = isCaption(entry)
      ? 'caption'
      : entry.text.length <= 120 && !ENDS_SENTENCE.test(entry.text)
        ? 'heading'
        : 'paragraph';
    draft.blocks.push({ type, sentences: type === 'heading' ? [entry.text] : splitSentences(entry.text) });
  }

  const lede = draft.blocks.find((block) => block.type === 'paragraph')?.sentences[0];
  const mark = lede ? OUTLET_MARK.exec(lede) : null;
  if (mark) draft.outletMark = mark[1] ?? `(${mark[2]})`;
  return draft;
}
