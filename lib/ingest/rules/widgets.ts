// Rule: page widgets a scraper picks up with the article — comment boxes, "back to top", share
// bars, tag lists, advertising labels, newsletter and follow prompts, the weather box. Why: none of
// them is text of the article; each is recognised by its own vocabulary, never by position alone.

const COMMENT = /^(?:viết bình luận(?: mới)?|bình luận(?:\s*\(\d+\))?|\d+\s*bình luận|gửi bình luận|ý kiến(?: của)? bạn(?: đọc)?|ý kiến bạn đọc|thảo luận|xem (?:tất cả|thêm) bình luận|đăng nhập để bình luận|bạn nghĩ gì\??|comments?(?:\s*\(\d+\))?)$/iu;
const BACK_TO_TOP = /^(?:lên đầu trang|về đầu trang|trở lên đầu trang|lên đầu|về trang chủ|quay lại|top|back to top|↑)$/iu;
const SHARE_WORDS = new Set([
  'chia sẻ', 'share', 'chia sẻ bài viết', 'facebook', 'twitter', 'x', 'zalo', 'email', 'e-mail', 'messenger', 'telegram',
  'in bài', 'in', 'lưu', 'lưu bài', 'copy link', 'sao chép', 'sao chép liên kết', 'gửi bài', 'tweet', 'like', 'thích',
  'bình chọn', 'nghe bài', 'nghe đọc bài', 'nghe bài viết', 'nghe audio', 'đọc bài', 'báo lỗi', 'gửi', 'link', 'linkedin',
]);
const TAGS = /^(?:từ khóa|từ khoá|tags?|chủ đề|keywords?)\s*:/iu;
const TAGS_ALONE = /^(?:từ khóa|từ khoá|tags?|chủ đề|keywords?)\s*:?$/iu;
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+[\s,]*)+$/u;
const ADVERT = /^(?:quảng cáo|advertisement|tin tài trợ|nội dung tài trợ|bài viết tài trợ|sponsored|ads?)$/iu;
const FOLLOW = /^(?:(?:theo dõi|follow)\s.{0,60}(?:google news|zalo|facebook|youtube|tiktok)|(?:đăng ký|subscribe)\s+(?:nhận\s+)?(?:tin|bản tin|newsletter)|tải (?:ứng dụng|app)\s)/iu;
const WEATHER_HEADING = /^(?:thông tin cần biết|thời tiết(?: hôm nay)?|dự báo thời tiết)$/iu;
const WEATHER_TEXT = /(?:mây|mưa|nắng|gió|dông|nhiệt độ|°C|độ C)/u;
const VIDEO_PROMPT = /^(?:mời (?:quý )?(?:độc giả|bạn đọc|bạn) (?:xem|theo dõi|đón xem)|xem (?:thêm )?video|video\s*[:|-])/iu;
const READ_MORE = /^(?:đọc tiếp|xem tiếp|xem chi tiết|đọc bài gốc|xem bài gốc|xem toàn văn)\s*(?:>>|»|…|\.{3})?$/iu;
const VIEWS = /^\d[\d.,]*\s*(?:lượt xem|lượt đọc|views?)$/iu;

const SHARE_BY_LENGTH = [...SHARE_WORDS].sort((a, b) => b.length - a.length);

/** Only share-bar words, however they are run together ("Chia sẻ Facebook Twitter", "Facebook | Zalo"). */
function isShareBar(line: string): boolean {
  let rest = ` ${line.toLocaleLowerCase('vi').replace(/[|·•,/]+/gu, ' ')} `;
  for (const word of SHARE_BY_LENGTH) rest = rest.split(` ${word} `).join('  ').split(` ${word} `).join('  ');
  return rest.trim() === '';
}

export type WidgetKind = 'video prompt' | 'read-more link' | 'comment widget' | 'back-to-top link' | 'share bar' | 'tag list' | 'advertising label' | 'follow prompt' | 'weather box' | 'view counter';

export function widgetKind(text: string): WidgetKind | undefined {
  const line = text.trim();
  if (COMMENT.test(line)) return 'comment widget';
  if (BACK_TO_TOP.test(line)) return 'back-to-top link';
  if ((TAGS.test(line) && line.length <= 200 && !/[.!?]$/u.test(line)) || TAGS_ALONE.test(line) || HASHTAGS.test(line)) return 'tag list';
  if (ADVERT.test(line)) return 'advertising label';
  if (VIEWS.test(line)) return 'view counter';
  if (line.length <= 160 && VIDEO_PROMPT.test(line)) return 'video prompt';
  if (READ_MORE.test(line)) return 'read-more link';
  if (line.length <= 100 && !/[.!?]$/u.test(line) && FOLLOW.test(line)) return 'follow prompt';
  if (WEATHER_HEADING.test(line)) return 'weather box';
  if (line.length <= 100 && isShareBar(line)) return 'share bar';
  return undefined;
}

/** A tag-list heading on its own ("Từ khóa:"): the short lines after it are the tags. */
export function isTagHeadingAlone(text: string): boolean {
  return TAGS_ALONE.test(text.trim());
}

export function isWeatherText(text: string): boolean {
  return WEATHER_TEXT.test(text) && text.length <= 400;
}

/** Widgets after which the article is over (comments, back to top). */
export function endsArticle(kind: WidgetKind): boolean {
  return kind === 'comment widget' || kind === 'back-to-top link';
}
