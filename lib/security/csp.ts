// Content-Security-Policy for the static export. Next's pages carry inline bootstrap scripts, so each
// page gets the sha256 of its own inline scripts instead of 'unsafe-inline'. A policy per page in the
// `_headers` file meant one rule per page (455), past Cloudflare Pages' limit of 100 rules, which
// drops the rest; so the per-page part travels inside the page as `<meta http-equiv>`, and the
// header carries one site-wide policy with what a meta policy cannot say (frame-ancestors).
// Browsers enforce both policies: a script runs only if each allows it. Pure: HTML in, policy out.
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { HeaderRule } from './headers-file';

/** The site-wide header policy: no script or style directive, so it never blocks the page's own hashes. */
export const HEADER_CSP = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Headers for every path and every status, on every host. */
export const BASE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': HEADER_CSP,
  // Browsers ignore HSTS over plain HTTP (npm start on loopback); behind HTTPS it scores A+ (README).
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** out/_headers: the same rules for every build, two of Cloudflare Pages' 100 whatever the number of pages. */
export const HEADER_RULES: HeaderRule[] = [
  { pattern: '/*', headers: Object.entries(BASE_HEADERS) },
  // Next's hashed file names change with their content: cache them for a year.
  { pattern: '/_next/static/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
];

type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** The text a script element runs: its text children, as the browser hashes them. */
const scriptText = (element: DefaultTreeAdapterTypes.Element) =>
  element.childNodes.map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : '')).join('');

/**
 * The sha256 of each inline script the page runs. The page is parsed as a browser parses it (parse5,
 * the HTML standard's algorithm, as hast-util-from-html uses it), but without building a hast tree:
 * a 170 kB article page took 36 ms that way and takes 9 ms this way, which at 2,000 article pages is
 * a minute of the build. Template contents are not walked: their scripts do not run.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const attribute = (name: string) => child.attrs.find((attr) => attr.name === name)?.value;
      const type = attribute('type');
      if (child.tagName === 'script' && attribute('src') === undefined && (type === undefined || /^(text|application)\/(javascript|ecmascript)$|^module$/.test(type)))
        hashes.add(`'sha256-${createHash('sha256').update(scriptText(child), 'utf8').digest('base64')}'`);
      walk(child);
    }
  };
  walk(parse(html));
  return [...hashes].sort();
}

/** The page's own policy, for its `<meta http-equiv>`: frame-ancestors is not allowed there (header). */
export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // React sets style attributes (the annotation card's position), which need inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const META_MARK = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/i;

/**
 * Puts the page's policy first in its <head> (a meta policy covers only what follows it), replacing
 * one written by an earlier run, so the step can run twice on the same export.
 */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  if (META_MARK.test(html)) return html.replace(META_MARK, meta);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  // Without a <head> tag (a hand-written page), a meta first in the document still lands in the head.
  if (!head) {
    const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? '';
    return `${doctype}${meta}${html.slice(doctype.length)}`;
  }
  const charset = /<meta charSet="[^"]*"\/?>|<meta charset="[^"]*"\/?>/i.exec(html.slice(head.index));
  // The charset declaration stays first (it must be in the first 1024 bytes); the policy follows it.
  const at = charset && charset.index < 200 ? head.index + charset.index + charset[0].length : head.index + head[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}
