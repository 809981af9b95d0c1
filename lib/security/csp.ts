// Content-Security-Policy for the static export. Next's pages carry inline bootstrap scripts, so each
// page gets the sha256 of its own inline scripts instead of 'unsafe-inline'. Pure: HTML in, policy out.
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export function inlineScriptHashes(html: string): string[] {
  const tree: Root = fromHtml(html);
  const hashes = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'script' || node.properties.src !== undefined) return;
    const type = node.properties.type;
    if (typeof type === 'string' && !/^(text|application)\/(javascript|ecmascript)$|^module$/.test(type)) return;
    hashes.add(`'sha256-${createHash('sha256').update(toString(node), 'utf8').digest('base64')}'`);
  });
  return [...hashes].sort();
}

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
    "frame-ancestors 'none'",
  ].join('; ');
}
