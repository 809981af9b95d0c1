// What the knowledge base lacks, for an editor: the capitalised names in an article's sentences that
// no entity mention covers (the core of the `annotate` report, issue 14 part 6). Pure: the analysed
// article in, names with their units out.
import type { AnalysedArticle, Cell, Lang } from '../article/model';

export interface UnmatchedName {
  name: string;
  lang: Lang;
  /** Units it occurs in, in reading order, each once. */
  units: string[];
  count: number;
}

/** A capitalised word: an upper-case letter, then letters, marks, digits, inner hyphens or dots. */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/uy;
const JOIN = /[ \u00a0]+|\s*[-–]\s*/uy;
/**
 * Capitalised only because they open a phrase or a title, never a name on their own: honorifics,
 * titles and the words a sentence often starts with. A run that starts with them is trimmed.
 */
const NOT_NAMES = new Set(
  [
    'ông', 'bà', 'anh', 'chị', 'cô', 'theo', 'tại', 'trong', 'khi', 'sau', 'trước', 'hôm', 'ngày', 'tháng', 'năm', 'đây', 'đó', 'các', 'những', 'một', 'cả', 'nhưng', 'tuy', 'thực', 'hiện', 'ảnh', 'nguồn',
    'tổng', 'thống', 'thủ', 'tướng', 'bộ', 'trưởng', 'thứ', 'ngoại', 'giao', 'nhà', 'lãnh', 'đạo', 'chủ', 'tịch', 'người', 'phát', 'ngôn', 'tối', 'cao', 'cuộc', 'việc',
    'quốc', 'phòng', 'thư', 'ký', 'hai', 'ba', 'tư', 'sáu', 'bảy', 'nhật',
    'the', 'a', 'an', 'in', 'on', 'at', 'after', 'according', 'to', 'meanwhile', 'but', 'both', 'president', 'mr', 'ms', 'photo', 'source', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'as', 'for', 'with', 'if', 'when',
    'minister', 'secretary', 'general', 'deputy', 'foreign', 'defense', 'defence', 'spokesman', 'spokesperson', 'leader', 'supreme',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ].map((word) => word.normalize('NFC')),
);

function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toLocaleUpperCase('vi');
}

/** The runs of capitalised words in a cell, outside its mentions. */
export function capitalisedRuns(cell: Cell): { start: number; end: number; text: string }[] {
  const { text } = cell;
  // A heading in capitals is all capitals: nothing in it stands out as a name.
  if (isAllCaps(text)) return [];
  const covered = (start: number, end: number) => cell.mentions.some((mention) => mention.start < end && mention.end > start);
  const runs: { start: number; end: number; text: string }[] = [];
  let index = 0;
  while (index < text.length) {
    const before = text.charAt(index - 1);
    NAME_WORD.lastIndex = index;
    const word = index > 0 && /[\p{L}\p{M}\p{N}]/u.test(before) ? null : NAME_WORD.exec(text);
    if (!word) {
      index += 1;
      continue;
    }
    const words: { start: number; end: number }[] = [{ start: index, end: index + word[0].length }];
    let position = index + word[0].length;
    for (;;) {
      JOIN.lastIndex = position;
      const join = JOIN.exec(text);
      if (!join) break;
      NAME_WORD.lastIndex = position + join[0].length;
      const next = NAME_WORD.exec(text);
      if (!next) break;
      words.push({ start: NAME_WORD.lastIndex - next[0].length, end: NAME_WORD.lastIndex });
      position = NAME_WORD.lastIndex;
    }
    index = position;
    // Split at mentions and trim the capitalised function words at either end.
    let current: { start: number; end: number }[] = [];
    const flush = () => {
      while (current.length && NOT_NAMES.has(text.slice(current[0]?.start, current[0]?.end).toLocaleLowerCase('vi'))) current.shift();
      while (current.length && NOT_NAMES.has(text.slice(current.at(-1)?.start, current.at(-1)?.end).toLocaleLowerCase('vi'))) current.pop();
      const first = current[0];
      const last = current.at(-1);
      // One capitalised word opening a sentence is just a capital, unless it is an acronym.
      const opening = first !== undefined && /(?:^|[.!?:;—–\-“"‘'([])\s*$/u.test(text.slice(0, first.start));
      if (first && last && current.length === 1 && opening && !isAcronym(text.slice(first.start, first.end))) {
        current = [];
        return;
      }
      if (first && last) runs.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end) });
      current = [];
    };
    for (const span of words) {
      if (covered(span.start, span.end)) flush();
      else current.push(span);
    }
    flush();
  }
  return runs;
}

/** Every capitalised name no mention covers, most frequent first. */
export function unmatchedNames(article: Pick<AnalysedArticle, 'units'>): UnmatchedName[] {
  const byName = new Map<string, UnmatchedName>();
  for (const unit of article.units) {
    for (const lang of ['vi', 'en'] as const) {
      const cell = unit[lang];
      if (!cell) continue;
      for (const run of capitalisedRuns(cell)) {
        const key = `${lang}:${run.text}`;
        const entry = byName.get(key) ?? { name: run.text, lang, units: [], count: 0 };
        entry.count += 1;
        if (!entry.units.includes(unit.id)) entry.units.push(unit.id);
        byName.set(key, entry);
      }
    }
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name, 'vi'));
}
