// Rule: recognise the pre-Unicode Vietnamese encodings a file may still be in, so that ingest can
// say which one and how to convert it instead of writing mojibake into a draft. Each encoding has a
// fingerprint in its bytes:
// - Windows-1258 (CP1258): precomposed base vowels (â ê ô ă ơ ư đ) followed by a combining tone byte
//   (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below);
// - VNI (VNI-Windows): ASCII vowels followed by a tone/shape byte ("Vie\xE4t" = Việt), "\xF1" for đ;
// - TCVN3 (ABC, .VnTime fonts): one byte per marked vowel (0xB5–0xFE) between ASCII consonants,
//   "\xAE" for đ.

export type LegacyEncoding = 'Windows-1258' | 'VNI' | 'TCVN3';

export const CONVERSION_HINT: Record<LegacyEncoding, string> = {
  'Windows-1258': 'convert it with `iconv -f WINDOWS-1258 -t UTF-8 <file> > <file>.utf8.txt`',
  VNI: 'convert it to Unicode (UTF-8) with UniKey’s converter (Công cụ chuyển mã, source "VNI Windows")',
  TCVN3: 'convert it to Unicode (UTF-8) with UniKey’s converter (Công cụ chuyển mã, source "TCVN3 (ABC)")',
};

const CP1258_BASES = new Set([0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd, 0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd]);
const CP1258_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
const VNI_MARKS = new Set([0xf8, 0xf9, 0xfb, 0xf5, 0xef, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4, 0xe2, 0xea, 0xf6, 0xf4, 0xd8, 0xd9, 0xdb, 0xd5, 0xcf, 0xc1, 0xc0, 0xc5, 0xc3, 0xc4, 0xc2, 0xca]);
const ASCII_VOWEL = /[aeiouyAEIOUY]/u;

function isAsciiLetter(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
}

/** Which legacy Vietnamese encoding the bytes are most likely in, or undefined when none fits. */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  let cp1258 = 0;
  let vni = 0;
  let tcvn3 = 0;
  const limit = Math.min(bytes.length, 200_000);
  for (let i = 0; i < limit; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    const before = bytes[i - 1];
    const after = bytes[i + 1];
    if (CP1258_TONES.has(byte) && before !== undefined && (CP1258_BASES.has(before) || ASCII_VOWEL.test(String.fromCharCode(before)))) cp1258 += 2;
    if (byte === 0xf0 && isAsciiLetter(after)) cp1258 += 1;
    if (VNI_MARKS.has(byte) && before !== undefined && ASCII_VOWEL.test(String.fromCharCode(before))) vni += 2;
    if ((byte === 0xf1 || byte === 0xd1) && after !== undefined && ASCII_VOWEL.test(String.fromCharCode(after))) vni += 1;
    if (byte >= 0xa8 && !(before !== undefined && ASCII_VOWEL.test(String.fromCharCode(before))) && (isAsciiLetter(after) || after === 0x20 || after === undefined)) tcvn3 += 1;
    if (byte === 0xae && isAsciiLetter(after)) tcvn3 += 1;
  }
  const best = Math.max(cp1258, vni, tcvn3);
  if (best < 2) return undefined;
  if (best === cp1258) return 'Windows-1258';
  if (best === vni) return 'VNI';
  return 'TCVN3';
}
