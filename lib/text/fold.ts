/** NFC, the one normal form for stored text and lookups. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Strips tone and vowel marks and folds đ→d, for slugs and diacritic-insensitive matching. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function slugify(text: string, maxWords = 10): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}
