// Numbers, dates and years in the Vietnamese must appear in the English, in English notation:
// 19/6 or ngày 19-6 ↔ June 19 (or 19 June), tháng 6 ↔ June, 10.000 ↔ 10,000, 1,5 ↔ 1.5, and small
// numbers may be written as words (2 thập kỷ ↔ two decades). Digits inside a name (Hwasong-18,
// Resolution 1718) belong to the name, which the entities rule checks.
import type { QaRule, QaUnit } from '../types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000 };
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Words before a day-month pair written with a hyphen (ngày 19-6): elsewhere 2-3 is a range. */
const DATE_CUE = /(?:ngày|hôm|hồi|sáng|trưa|chiều|tối|đêm|từ|đến|tới|vào|trước|sau)\s*$/iu;

const numberKey = (value: number) => `n:${Number(value.toPrecision(12))}`;
const dateKey = (month: number, day: number) => `d:${month}-${day}`;
const monthKey = (month: number) => `m:${month}`;

/** A quantity the Vietnamese states, and the keys any one of which the English must contain. */
interface Quantity {
  text: string;
  keys: string[];
}

/** Vietnamese number notation: `.` groups thousands (10.000), `,` is the decimal comma (1,5). */
export function vietnameseNumber(text: string): number {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(text)) return Number(text.replace(',', '.'));
  // `1.5` in a Vietnamese sentence is a decimal written the English way.
  return Number(text);
}

/** English number notation: `,` groups thousands (10,000), `.` is the decimal point. */
export function englishNumber(text: string): number {
  return Number(text.replace(/,(?=\d{3}(?:\D|$))/g, ''));
}

const validDate = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;

/** The quantities of a Vietnamese sentence, mentions blanked out first. */
export function vietnameseQuantities(unit: Pick<QaUnit, 'vi' | 'viMentions'>): Quantity[] {
  let text = unit.vi;
  for (const { start, end } of unit.viMentions) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  const quantities: Quantity[] = [];
  const blank = (start: number, length: number) => {
    text = text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
  };
  const take = (pattern: RegExp, read: (match: RegExpExecArray) => Quantity[] | null) => {
    for (const match of [...text.matchAll(pattern)]) {
      const found = read(match);
      if (!found) continue;
      quantities.push(...found);
      blank(match.index, match[0].length);
    }
  };
  // ngày 19 tháng 6 (năm 2024)
  take(/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu, (match) => {
    const [day, month] = [Number(match[1]), Number(match[2])];
    if (!validDate(day, month)) return null;
    return [{ text: match[0], keys: [dateKey(month, day)] }, ...(match[3] ? [{ text: match[3], keys: [numberKey(Number(match[3]))] }] : [])];
  });
  // 19/6/2024, 21-1-2024
  take(/(?<!\d|\d[.,])(\d{1,2})\s*[/\-–]\s*(\d{1,2})\s*[/\-–]\s*(\d{4})(?!\d)/gu, (match) => {
    const [day, month] = [Number(match[1]), Number(match[2])];
    if (!validDate(day, month)) return null;
    return [{ text: match[0], keys: [dateKey(month, day)] }, { text: match[3] ?? '', keys: [numberKey(Number(match[3]))] }];
  });
  // tháng 6 (năm 2024), tháng 6/2024
  take(/tháng\s+(\d{1,2})(?:\s*(?:\/|năm)\s*(\d{4}))?(?!\d)/giu, (match) => {
    const month = Number(match[1]);
    if (month < 1 || month > 12) return null;
    return [{ text: `tháng ${month}`, keys: [monthKey(month)] }, ...(match[2] ? [{ text: match[2], keys: [numberKey(Number(match[2]))] }] : [])];
  });
  // 19/6 anywhere; 19-6 only after a word that introduces a date
  take(/(?<!\d|\d[.,/])(\d{1,2})\s*([/\-–])\s*(\d{1,2})(?!\d|[/.,]\d)/gu, (match) => {
    const [day, month] = [Number(match[1]), Number(match[3])];
    if (!validDate(day, month)) return null;
    if (match[2] !== '/' && !DATE_CUE.test(text.slice(0, match.index))) return null;
    return [{ text: match[0], keys: [dateKey(month, day)] }];
  });
  take(/\d+(?:[.,]\d+)*/gu, (match) => {
    const value = vietnameseNumber(match[0]);
    return Number.isFinite(value) ? [{ text: match[0], keys: [numberKey(value)] }] : null;
  });
  return quantities;
}

/** Every key the English states a quantity by. */
export function englishKeys(english: string): Set<string> {
  const keys = new Set<string>();
  const lower = english.toLocaleLowerCase('en');
  const month = (name: string) => {
    const full = MONTHS.indexOf(name);
    return (full >= 0 ? full : MONTH_ABBREVIATIONS.indexOf(name)) + 1;
  };
  const monthNames = `(${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\.?`;
  for (const match of lower.matchAll(new RegExp(`\\b${monthNames}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gu'))) keys.add(dateKey(month(match[1] ?? ''), Number(match[2])));
  for (const match of lower.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthNames}\\b`, 'gu'))) keys.add(dateKey(month(match[2] ?? ''), Number(match[1])));
  for (const match of lower.matchAll(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'gu'))) keys.add(monthKey(month(match[1] ?? '')));
  for (const match of lower.matchAll(/\d+(?:[.,]\d+)*/gu)) {
    const value = englishNumber(match[0].replace(/[.,]$/, ''));
    if (!Number.isFinite(value)) continue;
    keys.add(numberKey(value));
    const scale = /^\s+(thousand|million|billion|trillion)\b/u.exec(lower.slice(match.index + match[0].length));
    if (scale) keys.add(numberKey(value * (SCALES[scale[1] ?? ''] ?? 1)));
  }
  for (const match of lower.matchAll(/\b[a-z]+\b/gu)) {
    const word = match[0];
    const small = NUMBER_WORDS.indexOf(word);
    if (small >= 0) keys.add(numberKey(small));
    const ordinal = ORDINALS.indexOf(word);
    if (ordinal > 0) keys.add(numberKey(ordinal));
    if (word in TENS) keys.add(numberKey(TENS[word] ?? 0));
    if (word === 'a' && /^\s+(hundred|thousand|million)\b/u.test(lower.slice(match.index + 1))) keys.add(numberKey(1));
  }
  // A date's parts count as numbers too: "June 19" states the 19.
  for (const key of [...keys]) {
    const date = /^d:(\d+)-(\d+)$/.exec(key);
    if (date) keys.add(numberKey(Number(date[2]))).add(monthKey(Number(date[1])));
  }
  return keys;
}

export const numbers: QaRule = (unit) => {
  const english = englishKeys(unit.en);
  return vietnameseQuantities(unit)
    .filter((quantity) => !quantity.keys.some((key) => english.has(key)))
    .map((quantity) => ({ unit: unit.id, rule: 'numbers', detail: quantity.text.trim(), message: `"${quantity.text.trim()}" in the Vietnamese is not in the English` }));
};
