/**
 * A script that must run before first paint, inline in <head> (no request to wait for). Its text
 * comes from lib/client/preferences/pre-paint.ts; write-headers puts its hash in the page's CSP.
 */
export function PrePaintScript({ script }: { script: string }) {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
