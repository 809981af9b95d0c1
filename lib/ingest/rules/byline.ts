// Rule: a byline is a short name line next to the headline (or the date) or at the very end
// ("Minh Phương", "THƯ LÊ", "Hải Đăng (T/h)", "HN tổng hợp", "Nhóm phóng viên", "Bài và ảnh: Lê
// Hoàng"). Why: left in the body it becomes a one-word "heading" unit; elsewhere in the body a
// name-like line is kept (it may be a subheading) and the report says it was unsure.

const COMPILED = /(?:\((?:T\/h|TH|tổng hợp|theo [^()]+)\)|tổng hợp|\(t\/h\))$/iu;
const PREFIXED = /^(?:bài(?:,| và)? ảnh\s*:|bài\s*:|tác giả\s*:|nhóm phóng viên|nhóm pv|phóng viên|pv\b|ctv\b)/iu;
const ENDS_SENTENCE = /[.!?…:;,]["”’)\]]*$/u;

function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{Lu}.'’-]*$/u.test(word);
}

/** True when the line reads as a byline: a name or a credit, short, with no sentence punctuation. */
export function isByline(text: string): boolean {
  const line = text.trim();
  if (!line || line.length > 50) return false;
  if (PREFIXED.test(line)) return true;
  if (ENDS_SENTENCE.test(line) && !/\(T\/h\)\.?$/iu.test(line)) return false;
  if (COMPILED.test(line)) return true;
  if (/\d/u.test(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && line === line.toLocaleUpperCase('vi') && line.split(/\s+/u).length <= 5) return true;
  // "Minh Phương", "Nguyễn Văn An - Hà Anh": every word capitalised, two to five words per name.
  const names = line.split(/\s+[-–,&]\s+|\s+và\s+/u);
  return names.every((name) => {
    const words = name.split(/\s+/u);
    return words.length >= 2 && words.length <= 5 && words.every(isNameWord);
  });
}
