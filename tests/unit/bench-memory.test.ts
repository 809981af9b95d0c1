// The benchmark's peak-memory figure sums a process tree's resident sets (scripts/bench-memory.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStatus, treeRssBytes } from '../../scripts/bench-memory';

test('the tree under a process: itself, its children and theirs, nothing else, a cycle counted once', () => {
  const table = [
    { pid: 10, ppid: 1, rssBytes: 100 },
    { pid: 11, ppid: 10, rssBytes: 20 },
    { pid: 12, ppid: 11, rssBytes: 3 },
    { pid: 13, ppid: 1, rssBytes: 1000 },
    { pid: 14, ppid: 14, rssBytes: 7 },
  ];
  assert.equal(treeRssBytes(table, 10), 123);
  assert.equal(treeRssBytes(table, 11), 23);
  assert.equal(treeRssBytes(table, 14), 7);
  assert.equal(treeRssBytes(table, 99), 0);
});

test('/proc/<pid>/status: the parent and VmRSS in bytes; a kernel thread without VmRSS is 0', () => {
  assert.deepEqual(parseStatus(42, 'Name:\tnode\nPPid:\t7\nVmPeak:\t 9 kB\nVmRSS:\t  2048 kB\n'), { pid: 42, ppid: 7, rssBytes: 2048 * 1024 });
  assert.deepEqual(parseStatus(2, 'Name:\tkthreadd\nPPid:\t0\n'), { pid: 2, ppid: 0, rssBytes: 0 });
  assert.equal(parseStatus(3, 'garbage'), undefined);
});
