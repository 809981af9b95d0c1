// Rule: text that belongs to an image rather than to the article — a file name used as alt text
// ("putin-kim-1.jpg", "Putin Kim tai Trieu Tien" before a caption), a numbered alt text repeating
// the headline ("Tiêu đề bài - 1", Dân trí), a bare photo credit ("Ảnh minh họa", "Ảnh: TTXVN").
// Why: the photo is not reproduced, so its alt text is noise; a caption (with its credit) is kept.

const FILE_NAME = /^[\w.%-]+\.(?:jpe?g|png|gif|webp|avif|bmp|svg|heic)(?:\?\S*)?$/iu;
const ASCII_WORDS = /^[A-Za-z0-9 _-]+$/u;
const NUMBERED_ALT = /^(.{8,}?)\s+[-–]\s+\d{1,2}$/u;
const PHOTO_CREDIT_LINE = /^\(?\s*(?:ảnh(?:\s+minh\s+(?:họa|hoạ))?|nguồn ảnh|photo|đồ (?:họa|hoạ)|infographic)\s*(?:[:\-–]\s*[^.!?]{1,50})?\s*\)?$/iu;
const AGENCIES = String.raw`(?:AFP|Reuters|AP|EPA|TTXVN|VNA|Getty Images|Getty|Xinhua|Tân Hoa Xã|Sputnik|TASS|Yonhap|KCNA|Bloomberg|Shutterstock)`;
/** A credit inside a caption line: "…. Ảnh: Reuters", "(Nguồn: AFP)", "…hôm 3/12/2015. AFP". */
export const PHOTO_CREDIT = new RegExp(String.raw`(?:^|[\s(])(?:Ảnh|ẢNH|Nguồn|NGUỒN|Photo|PHOTO|Source)\s*:|[.)]\s+\(?${AGENCIES}\)?$`, 'u');
/** A photo agency's name alone on a line: the credit of a photo whose caption the scraper lost. */
const AGENCY_ALONE = new RegExp(String.raw`^\(?${AGENCIES}\)?$`, 'u');
/** "vn1", "anh_2", "img-3": an image's alt text that is only a file-like name. */
const FILE_LIKE_ALT = /^[a-z]{1,6}[-_]?\d{1,3}$/u;

export function isAgencyAlone(text: string): boolean {
  return AGENCY_ALONE.test(text.trim());
}

export function isFileLikeAlt(text: string): boolean {
  return FILE_LIKE_ALT.test(text.trim());
}

export function isImageFileName(text: string): boolean {
  return FILE_NAME.test(text.trim());
}

/** ASCII words with no Vietnamese marks, right before a caption: a file name or slug used as alt text. */
export function isAsciiAlt(text: string): boolean {
  return ASCII_WORDS.test(text) && /[A-Za-z]/u.test(text);
}

/**
 * "Tiêu đề bài - 1": the headline numbered as the page's n-th photo (Dân trí), or any unpunctuated
 * line numbered so right before a caption. Elsewhere "… - 1" may be a score ("Việt Nam thắng 3 - 1").
 */
export function isNumberedAlt(text: string, headline: string | undefined, beforeCaption = false): boolean {
  const match = NUMBERED_ALT.exec(text.trim());
  if (!match?.[1]) return false;
  if (headline && match[1].trim() === headline.trim()) return true;
  return beforeCaption && !/[.!?]["”’)]*$/u.test(match[1]) && match[1].length <= 200;
}

export function isPhotoCreditLine(text: string): boolean {
  return text.length <= 70 && PHOTO_CREDIT_LINE.test(text.trim());
}
