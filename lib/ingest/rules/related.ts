// Rule: related-article blocks, however a site heads and lays them out. Why: they are other
// stories; kept, their titles and summaries became body units of this one. Headings: "Xem thêm",
// "Xem thêm:", "Tin liên quan", "Đọc thêm", "Bài liên quan", "Cùng chuyên mục", "Tin cùng chuyên
// mục" and kin; items: numbered, dashed, date-prefixed ("- 16-10-2024Tiêu đề…"), or a title, a
// "hh:mm dd/mm/yyyy" line and a summary.

import { isRelativeTimestamp, parseDateLine } from './date';

const HEADINGS = [
  'xem thêm', 'tin liên quan', 'đọc thêm', 'bài liên quan', 'cùng chuyên mục', 'tin cùng chuyên mục', 'tin khác',
  'tin mới', 'tin mới nhất', 'có thể bạn quan tâm', 'bạn có thể quan tâm', 'mời đọc thêm', 'mời bạn đọc thêm',
  'bài viết liên quan', 'tin tức liên quan', 'tin nổi bật', 'đọc nhiều', 'đọc nhiều nhất', 'xem nhiều', 'xem nhiều nhất',
  'tin xem nhiều', 'bài đọc nhiều', 'tin đọc nhiều', 'dòng sự kiện', 'tin cùng sự kiện', 'bài cùng chủ đề', 'tin cùng chủ đề',
];

function bare(text: string): string {
  return text.trim().replace(/^\d{1,2}[.)]\s*/u, '').replace(/[\s:>»›.]+$/u, '').toLocaleLowerCase('vi');
}

export function isRelatedHeading(text: string): boolean {
  return HEADINGS.includes(bare(text));
}

/** "Xem thêm: Tiêu đề bài khác" — the heading and one linked title on a single line. */
export function isInlineRelatedLink(text: string): boolean {
  return /^(?:(?:xem thêm|đọc thêm|mời đọc thêm|tin liên quan|bài liên quan)\s*[:>»›-]|>>|»)\s*\S/iu.test(text.trim());
}

/** A numbered, dashed or date-prefixed list item ("1. …", "- …", "16-10-2024Tiêu đề", "(16/10) …"). */
export function isMarkedItem(text: string): boolean {
  return /^(?:\d{1,2}[.)]\s*\S|[-–•+*►▶]\s*\S|[-–•]?\s*\(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)?\s*[-–:]?\s*\p{Lu})/u.test(text.trim());
}

/** A line that is only a timestamp ("08:32 14/11/2024", "2 giờ trước"): the second line of a related item. */
export function isTimestamp(text: string): boolean {
  return parseDateLine(text) !== undefined || isRelativeTimestamp(text);
}

/** A title-shaped line: not long, no full stop at the end. Items of related lists look like this. */
export function isTitleLike(text: string): boolean {
  return text.length <= 180 && !/[.:;,]["”’)\]]*$/u.test(text);
}

/** Several list items run together on one line ("- 16-10-2024Tiêu đề một - 17-10-2024Tiêu đề hai"). */
export function isInlineItemList(text: string): boolean {
  return (text.match(/(?:^|\s)[-–•]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/gu) ?? []).length >= 1 && /^[-–•]\s*\d/u.test(text.trim());
}
