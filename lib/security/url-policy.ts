// The one rule for URLs that content may carry: the checker (lib/content/validate.ts, with file:line
// messages), the schemas (source.url, an entity's wikipedia) and the renderer (rehype-safe-links,
// which unwraps what slips past) all import it, so what check:content accepts is what the page shows.
// Allowed: http(s) with a host, a path of this site (`/…`, never `//host` or `/\host`, which
// browsers read as another host), a fragment. Refused: javascript:, data:, vbscript:, file:,
// mailto:, relative paths, and anything with whitespace or control characters, which browsers strip
// before reading the scheme (`java\tscript:`).

const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/;

export const SAFE_URL_MESSAGE = 'must be an absolute http(s) URL (https://…): no javascript:, data: or protocol-relative //host';

/** An absolute http(s) URL with a host: what a field naming another site (source.url, wikipedia) may hold. */
export function isSafeAbsoluteUrl(url: string): boolean {
  if (UNSAFE_CHARACTERS.test(url) || !/^https?:\/\/[^/]/i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** A link target in content: an absolute http(s) URL, a path of this site, or a fragment. */
export function isSafeHref(url: string): boolean {
  if (UNSAFE_CHARACTERS.test(url)) return false;
  if (url.startsWith('#')) return true;
  if (url.startsWith('/')) return !url.startsWith('//');
  return isSafeAbsoluteUrl(url);
}

/** Why a URL is refused, for messages. */
export function unsafeUrlReason(url: string): string {
  if (UNSAFE_CHARACTERS.test(url)) return 'it contains whitespace, a control character or a backslash';
  if (url.startsWith('//')) return 'a protocol-relative URL (//host) leaves the site for whatever host it names';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme && !/^https?$/i.test(scheme)) return `the ${scheme.toLowerCase()}: scheme is not allowed`;
  if (!scheme) return 'a relative path depends on the page it is on';
  return 'it is not a valid http(s) URL with a host';
}
