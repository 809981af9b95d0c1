// Rule: dates and times as Vietnamese news pages print them, read in Asia/Ho_Chi_Minh (UTC+7, no DST).
// Why: outlets print the same moment in a dozen shapes ("Thứ tư, 19/06/2024 10:15 (GMT+7)",
// "19/6/2024 - 10:15", "10:15 19/06/2024", "ngày 19 tháng 6 năm 2024", ISO in meta tags); a date line
// that is not recognised becomes a body unit and the draft has no `published`.

export interface FoundDate {
  date: string;
  time?: string;
  /** Text left on the line after the date, such as a byline after "|". */
  rest?: string;
}

const WEEKDAY = String.raw`(?:(?:thứ|thu)\s*(?:hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|[2-7])|chủ\s*nhật|chu\s*nhat|CN|T[2-7])`;
const LABEL = String.raw`(?:cập nhật(?: lúc)?|đăng(?: lúc| ngày)?|ngày đăng|ngày phát hành|ngày xuất bản|thời gian(?: đăng)?|xuất bản|phát hành|published|updated)\s*:?`;
/** A view counter some CMSs print on the date line ("… Lượt xem 1475"). */
const VIEWS = String.raw`(?:\s*[|,-]?\s*(?:lượt xem|lượt đọc|views?)\s*:?\s*[\d.,]+)?`;
const TIME = String.raw`(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?::\d{2})?(?:\s*(?:phút))?(?:\s*(SA|CH|AM|PM))?`;
const ZONE = String.raw`(?:\(?\s*(?:GMT|UTC)\s*[+]\s*0?7(?::00)?\s*\)?)`;
const NUMERIC_DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
const WORDED_DATE = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,)?\s+năm\s+(\d{4})`;
const SEP = String.raw`[\s,|–—-]*`;

const DATE_FIRST = new RegExp(
  String.raw`^(?:${LABEL}\s*)?(?:${WEEKDAY}\s*[,-]?\s*)?(?:ngày\s*)?(?:${NUMERIC_DATE}|${WORDED_DATE})(?:${SEP}(?:lúc\s*)?${TIME})?${SEP}${ZONE}?${VIEWS}\s*(?:\|\s*(.*))?$`,
  'iu',
);
const TIME_FIRST = new RegExp(
  String.raw`^(?:${LABEL}\s*)?(?:${WEEKDAY}\s*[,-]?\s*)?${TIME}${SEP}(?:${WEEKDAY}\s*[,-]?\s*)?(?:ngày\s*)?(?:${NUMERIC_DATE}|${WORDED_DATE})${SEP}${ZONE}?${VIEWS}\s*(?:\|\s*(.*))?$`,
  'iu',
);
const ISO = /^(?:published|updated|cập nhật)?\s*:?\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/iu;
const TIME_ONLY = new RegExp(String.raw`^(?:lúc\s*)?${TIME}\s*${ZONE}?$`, 'iu');

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A real calendar day as YYYY-MM-DD, or undefined (31/02 is not a date; neither is 2024 with month 13). */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() + 1 !== month || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function clockTime(hours: string | undefined, minutes: string | undefined, meridiem: string | undefined): string | undefined {
  if (hours === undefined || minutes === undefined) return undefined;
  let h = Number(hours);
  const m = Number(minutes);
  const suffix = meridiem?.toUpperCase();
  if ((suffix === 'PM' || suffix === 'CH') && h < 12) h += 12;
  if ((suffix === 'AM' || suffix === 'SA') && h === 12) h = 0;
  if (h > 23 || m > 59) return undefined;
  return `${pad(h)}:${pad(m)}`;
}

/** An ISO 8601 timestamp, converted to the Vietnamese calendar day and clock when it carries an offset. */
export function parseIsoDate(text: string): FoundDate | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, zone] = match;
  const date = calendarDate(Number(y), Number(mo), Number(d));
  if (!date) return undefined;
  if (h === undefined || mi === undefined) return { date };
  if (!zone) return { date, time: clockTime(h, mi, undefined) };
  const offset = zone.toUpperCase() === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) - offset * 60_000;
  const local = new Date(utc + 7 * 60 * 60_000);
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/**
 * A line that is only a date (with optional weekday, label, time, time zone and a "| byline"
 * after it). Anything else on the line means it is not a date line: sentences that mention a
 * date ("Ngày 19-6-2024, …") stay body text.
 */
/** A date line's parts, whichever order the line printed them in, as a found date (or none if invalid). */
function foundDate(
  [day, month, year]: readonly (string | undefined)[],
  [hour, minute, meridiem]: readonly (string | undefined)[],
  rest: string | undefined,
): FoundDate | undefined {
  const date = calendarDate(Number(year), Number(month), Number(day));
  if (!date) return undefined;
  const time = clockTime(hour, minute, meridiem);
  return { date, ...(time ? { time } : {}), ...(rest?.trim() ? { rest: rest.trim() } : {}) };
}

export function parseDateLine(text: string): FoundDate | undefined {
  const line = text.replace(/\u00a0/gu, ' ').replace(/\s+/gu, ' ').trim();
  const iso = parseIsoDate(line);
  if (iso) return iso;
  const first = DATE_FIRST.exec(line);
  if (first) {
    const [, d1, m1, y1, d2, m2, y2, h, mi, meridiem, rest] = first;
    return foundDate([d1 ?? d2, m1 ?? m2, y1 ?? y2], [h, mi, meridiem], rest);
  }
  const timeFirst = TIME_FIRST.exec(line);
  if (timeFirst) {
    const [, h, mi, meridiem, d1, m1, y1, d2, m2, y2, rest] = timeFirst;
    return foundDate([d1 ?? d2, m1 ?? m2, y1 ?? y2], [h, mi, meridiem], rest);
  }
  return undefined;
}

/** A line that is only a clock time ("16:02 (GMT+7)"), as when a page prints the date and the time on two lines. */
export function parseTimeLine(text: string): string | undefined {
  const match = TIME_ONLY.exec(text.replace(/\u00a0/gu, ' ').trim());
  return match ? clockTime(match[1], match[2], match[3]) : undefined;
}

/** Relative timestamps of related-article lists ("2 giờ trước", "5 phút trước"). */
export function isRelativeTimestamp(text: string): boolean {
  return /^\d{1,3}\s*(?:phút|giờ|ngày|tuần|tháng)\s*trước$/iu.test(text.trim());
}
