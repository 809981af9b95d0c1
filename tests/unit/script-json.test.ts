import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { scriptJson } from '../../lib/share/script-json';

test('JSON-LD content cannot close its script element and parses back to the same data', () => {
  const data = { headline: 'A </script><script>alert(1)</script> & <!-- x --> \u2028 Bình Nhưỡng' };
  const json = scriptJson(data);
  assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(json), data);
  const tree = fromHtml(`<script type="application/ld+json">${json}</script><p>after</p>`, { fragment: true });
  const [script] = tree.children;
  assert.ok(script?.type === 'element' && script.tagName === 'script');
  assert.deepEqual(JSON.parse(toString(script)), data);
  assert.equal(tree.children.filter((node) => node.type === 'element' && node.tagName === 'script').length, 1);
});
