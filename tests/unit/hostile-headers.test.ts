// The header scheme (issue 19): within Cloudflare Pages' 100 rules whatever the number of pages,
// HSTS and CORP for every path, and each page's own CSP first in its <head>.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { BASE_HEADERS, contentSecurityPolicy, HEADER_CSP, HEADER_RULES, inlineScriptHashes, withMetaPolicy } from '../../lib/security/csp';
import { formatHeadersFile, headersForPath, parseHeadersFile } from '../../lib/security/headers-file';

const PAGE = '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><script>self.a=1</script><title>t</title></head><body><script>self.b=2</script></body></html>';

test('out/_headers has a fixed, small number of rules and reads back as written', () => {
  const rules = parseHeadersFile(formatHeadersFile(HEADER_RULES));
  assert.ok(rules.length <= 100, `${rules.length} rules`);
  assert.deepEqual(rules, HEADER_RULES);
  const page = headersForPath(rules, '/en/articles/some-article/');
  assert.match(page.get('Strict-Transport-Security') ?? '', /^max-age=(\d+); includeSubDomains$/);
  assert.ok(Number(/max-age=(\d+)/.exec(page.get('Strict-Transport-Security') ?? '')?.[1]) >= 15_768_000, 'HSTS at least six months');
  assert.equal(page.get('Cross-Origin-Resource-Policy'), 'same-origin');
  assert.equal(page.get('Cache-Control'), undefined);
  assert.equal(headersForPath(rules, '/_next/static/chunks/app.js').get('Cache-Control'), 'public, max-age=31536000, immutable');
});

test('the header policy never restricts scripts (the page policy does) and keeps what only a header can say', () => {
  assert.equal(BASE_HEADERS['Content-Security-Policy'], HEADER_CSP);
  assert.match(HEADER_CSP, /frame-ancestors 'none'/);
  assert.doesNotMatch(HEADER_CSP, /script-src|default-src|unsafe/);
});

test("each page's policy goes first in its <head>, before any script, once however often the step runs", () => {
  const policy = contentSecurityPolicy(inlineScriptHashes(PAGE));
  assert.doesNotMatch(policy, /frame-ancestors|unsafe-inline[^;]*;.*script|'unsafe-eval'/);
  assert.match(policy, /script-src 'self' 'sha256-[^']+' 'sha256-[^']+'/);
  const once = withMetaPolicy(PAGE, policy);
  assert.ok(once.indexOf('http-equiv="Content-Security-Policy"') < once.indexOf('<script'));
  assert.ok(once.indexOf('<meta charSet="utf-8"/>') < once.indexOf('http-equiv'));
  assert.equal(withMetaPolicy(once, policy), once);
  // Adding the meta tag does not change the scripts, so the hashes still hold.
  assert.deepEqual(inlineScriptHashes(once), inlineScriptHashes(PAGE));
  assert.match(withMetaPolicy('<!doctype html><p>no head</p>', policy), /^<!doctype html><meta http-equiv="Content-Security-Policy"/);
});

test('the hashes cover exactly the inline scripts a browser runs, with their text as the HTML parser reads it', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  // A script ends at the first `</script` unless an HTML comment holds a nested <script> (double-escaped text).
  const escaped = 'if (a <!--<script>x</script>--> b) run()';
  const page =
    '<!doctype html><html><head><script>one()</script><script type="module">two()</script>' +
    '<script type="application/ld+json">{"not":"run"}</script><script src="/a.js"></script></head>' +
    `<body><template><script>never()</script></template><script>${escaped}</script>` +
    '<svg><script>three()</script></svg><script>one()</script><p>&lt;script&gt;text()&lt;/script&gt;</p></body></html>';
  assert.deepEqual(inlineScriptHashes(page), [sha('one()'), sha('two()'), sha(escaped), sha('three()')].sort());
});
