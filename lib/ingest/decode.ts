// Rule: only readable Unicode text reaches the parser. Why: binary files, UTF-16 and the legacy
// Vietnamese encodings would otherwise become a draft of mojibake; each is refused with one line
// that names the problem and, for the encodings, how to convert the file.
import { CONVERSION_HINT, detectLegacyEncoding } from './legacy-encoding';

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/** Inputs above this size are refused: a news page is well under 1 MB, and the rules are not built for books. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, problem: `too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB): ingest one article at a time` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'UTF-16 text: convert it with `iconv -f UTF-16 -t UTF-8 <file> > <file>.utf8.txt`' };
  }
  const sample = bytes.subarray(0, 65_536);
  if (sample.includes(0)) return { ok: false, problem: 'binary data (it contains NUL bytes), not text or HTML' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const legacy = detectLegacyEncoding(bytes);
    if (legacy) return { ok: false, problem: `not UTF-8: it looks like ${legacy}, a legacy Vietnamese encoding; ${CONVERSION_HINT[legacy]}` };
    return { ok: false, problem: 'not UTF-8 and no Vietnamese encoding recognised (Windows-1258, VNI, TCVN3): save it as UTF-8' };
  }
  const controls = (text.slice(0, 65_536).match(/[\u0001-\u0008\u000e-\u001f]/gu) ?? []).length;
  if (controls > 8) return { ok: false, problem: 'binary data (control characters), not text or HTML' };
  if (!text.replace(/^\ufeff/u, '').trim()) return { ok: false, problem: 'empty file' };
  return { ok: true, text: text.replace(/^\ufeff/u, '') };
}
