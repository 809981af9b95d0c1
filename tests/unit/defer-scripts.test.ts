// Next's scripts wait for the load event (lib/render/defer-scripts.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deferNextScripts, scriptLoader } from '../../lib/render/defer-scripts';

const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>' +
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script><script>self.__next_f=[]</script></head>' +
  '<body><p>Xin chào</p><script>self.__next_f.push([1,"x"])</script></body></html>';

test("Next's async scripts and their preloads give way to one loader that starts them, in order, after the first frame", () => {
  const deferred = deferNextScripts(PAGE);
  assert.doesNotMatch(deferred, /<script src="\/_next\/static\/chunks\/(a|b)\.js"/);
  assert.doesNotMatch(deferred, /rel="preload" as="script"/);
  assert.ok(deferred.endsWith(`${scriptLoader(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js'])}</body></html>`));
  assert.match(deferred, /requestAnimationFrame\(function\(\)\{setTimeout\(start,0\)\}\);addEventListener\("load",start/);
  // The inline payload stays where it was, and the legacy bundle (modern browsers skip it) stays.
  assert.match(deferred, /<script>self.__next_f=\[\]<\/script><\/head>/);
  assert.match(deferred, /noModule=""/);
  assert.equal(deferNextScripts(deferred), deferred);
});

test('a page without Next scripts, without a body to put the loader in, or whose scripts are its point, is left alone', () => {
  const search = PAGE.replace('<body>', '<body><main id="main" class="search-page" data-eager-scripts="">');
  assert.equal(deferNextScripts(search), search);
  const share = '<!DOCTYPE html><html><head><script src="/elsewhere.js" async=""></script></head><body><a href="/en/">Song Ngữ</a></body></html>';
  assert.equal(deferNextScripts(share), share);
  const fragment = '<script src="/_next/static/chunks/a.js" async=""></script>';
  assert.equal(deferNextScripts(fragment), fragment);
});
