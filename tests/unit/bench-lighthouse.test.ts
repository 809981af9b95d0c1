// The floor page and the medians of npm run bench (scripts/bench-lighthouse.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { medianRun, stripScripts, type LighthouseRun } from '../../scripts/bench-lighthouse';

test('stripScripts removes every script, inline or not, and every script preload; the rest stays', () => {
  const page = `<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" href="/b.js"/><link rel="modulepreload" href="/m.js"/><link rel="preload" href="/f.woff2" as="font"/>
<script src="/b.js" async=""></script><script>self.__next_f.push([1,"<\\/p>"])</script></head><body><p>Xin chào</p><SCRIPT type="module">x()</SCRIPT></body></html>`;
  assert.equal(stripScripts(page), `<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" href="/f.woff2" as="font"/>\n</head><body><p>Xin chào</p></body></html>`);
});

const run = (lcpMs: number, tbtMs: number, error?: string): LighthouseRun => ({
  path: '/x/',
  performance: 100 - tbtMs / 10,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs,
  fcpMs: 800,
  tbtMs,
  cls: 0,
  totalBytes: 1000,
  jsBytes: 500,
  renderBlocking: 1,
  ...(error ? { error } : {}),
});

test('medianRun takes each figure’s median on its own and keeps any run’s error', () => {
  const median = medianRun([run(2000, 10), run(1000, 300), run(1500, 50, 'NO_FCP')]);
  assert.equal(median.lcpMs, 1500);
  assert.equal(median.tbtMs, 50);
  assert.equal(median.performance, 95);
  assert.equal(median.error, 'NO_FCP');
  assert.equal(medianRun([run(1000, 0), run(2000, 0)]).lcpMs, 1500);
  assert.throws(() => medianRun([]), /no runs/);
});
