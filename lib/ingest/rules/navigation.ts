// Rule: navigation above the headline — breadcrumbs ("Thế giới › Quân sự"), section labels, a
// "Dòng sự kiện:" (event stream) heading and numbered or dashed lists of other stories. Why: a
// scraper keeps them, and the first of them used to become the headline and the slug.

/** "Thế giới › Quân sự", "Trang chủ / Thời sự": a slash only with spaces round it (not a date's). */
const BREADCRUMB = /^[^.!?]{1,40}(?:(?:\s*[›»>|]\s*|\s+\/\s+)[^.!?]{1,40}){1,6}$/u;
const EVENT_STREAM = /^(?:\d{1,2}[.)]\s*)?(?:dòng sự kiện|sự kiện|chủ đề|chuyên mục|trang chủ|tin nóng|tiêu điểm|mới nhất)\s*:?\s*$/iu;
const LIST_ITEM = /^(?:\d{1,2}[.)]|[-–•+*►▶])\s*\S/u;

export function isNavigation(text: string): boolean {
  if (EVENT_STREAM.test(text) || LIST_ITEM.test(text)) return true;
  if (BREADCRUMB.test(text) && text.split(/\s*[›»>|]\s*|\s+\/\s+/u).every((part) => part.split(/\s+/u).length <= 4)) return true;
  return false;
}
