// Rule: the outlet's mark at the start of the lede ("(Dân trí) -", "(CAO)", "VOV.VN -", "(PLO)-",
// "Hà Nội (TTXVN) -", "(VTC News) -"). Why: it names the outlet when nothing else on the page does;
// it stays in the sentence (the Vietnamese is verbatim) and is copied into `outlet`.

export interface OutletMark {
  /** The mark as printed, e.g. "(Dân trí)" or "VOV.VN". */
  mark: string;
  /** The bare name inside the mark, e.g. "Dân trí". */
  bare: string;
}

/** Outlets whose marks are unambiguous; the name is an inference from the mark and says so. */
export const KNOWN_MARKS: Record<string, string> = {
  'dân trí': 'Báo Dân trí',
  'vtc news': 'VTC News',
  plo: 'Báo Pháp Luật TP.HCM',
  'vov.vn': 'VOV (Đài Tiếng nói Việt Nam)',
  ttxvn: 'Thông tấn xã Việt Nam (TTXVN)',
  'vietnam+': 'Vietnam+ (TTXVN)',
  'ttxvn/vietnam+': 'Vietnam+ (TTXVN)',
  cand: 'Báo Công an Nhân dân',
  cao: 'Báo Cà Mau',
  tto: 'Báo Tuổi Trẻ',
  tpo: 'Báo Tiền Phong',
  'nlđo': 'Báo Người Lao Động',
  'lđo': 'Báo Lao Động',
  sggpo: 'Báo Sài Gòn Giải Phóng',
  'qđnd': 'Báo Quân đội Nhân dân',
  hnmo: 'Báo Hà Nội Mới',
  ndo: 'Báo Nhân Dân',
  'chinhphu.vn': 'Cổng Thông tin điện tử Chính phủ',
  'vtv.vn': 'VTV (Đài Truyền hình Việt Nam)',
};

const DASH = String.raw`\s*[-–—:]`;
/** "(Dân trí) -", "(CAO)", "(PLO)-": a short name in brackets opening the lede. */
const BRACKETED = /^\(([\p{Lu}\d][^()]{1,28})\)(?=\s|[-–—:])/u;
/** "Hà Nội (TTXVN) -", "Matxcơva (TTXVN) –": a dateline place, then the mark. */
const DATELINE = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}.]*\s+){0,3}[\p{Lu}][\p{L}.]*\s*\(([\p{Lu}][^()]{1,28})\)${DASH}`, 'u');
/** "VOV.VN -", "TTO -", "VTV.vn -", "LĐO |": a capitalised mark, then a dash or a bar. */
const CAPITALS = /^((?:[\p{Lu}\d]{2,}|[\p{Lu}][\p{Lu}\d]*\.(?:VN|vn|COM|com))\+?)\s*[-–—|]\s/u;

function plausibleName(inner: string): boolean {
  const words = inner.trim().split(/\s+/u);
  if (words.length > 4) return false;
  if (/^\d+(?:[/.-]\d+)*$/u.test(inner)) return false;
  return !/^(?:ảnh|nguồn|video|clip|tin|bài|theo)\b/iu.test(inner);
}

export function findOutletMark(lede: string): OutletMark | undefined {
  const bracketed = BRACKETED.exec(lede);
  if (bracketed?.[1] && plausibleName(bracketed[1])) return { mark: `(${bracketed[1]})`, bare: bracketed[1] };
  const dateline = DATELINE.exec(lede);
  if (dateline?.[1] && plausibleName(dateline[1])) return { mark: `(${dateline[1]})`, bare: dateline[1] };
  const capitals = CAPITALS.exec(lede);
  if (capitals?.[1]) return { mark: capitals[1], bare: capitals[1] };
  return undefined;
}

export function knownOutletName(bare: string): string | undefined {
  return KNOWN_MARKS[bare.trim().toLocaleLowerCase('vi')];
}
