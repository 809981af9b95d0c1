// Peak memory of a command and everything it starts (npm → tsx → next build → its workers): the
// resident set of the whole process tree, summed, sampled from /proc (Linux). `/usr/bin/time -v` and
// resourceUsage().maxRSS report the largest single process, not the tree at once.
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessEntry {
  pid: number;
  ppid: number;
  rssBytes: number;
}

/** The summed resident set of `root` and its descendants. Pure: a process table in, bytes out. */
export function treeRssBytes(processes: ProcessEntry[], root: number): number {
  const children = new Map<number, ProcessEntry[]>();
  for (const entry of processes) children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), entry]);
  let total = 0;
  const seen = new Set<number>();
  const stack = processes.filter((entry) => entry.pid === root);
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry || seen.has(entry.pid)) continue;
    seen.add(entry.pid);
    total += entry.rssBytes;
    stack.push(...(children.get(entry.pid) ?? []));
  }
  return total;
}

/** `/proc/<pid>/status` → its parent and resident set (VmRSS, in kB there). */
export function parseStatus(pid: number, status: string): ProcessEntry | undefined {
  const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
  const rss = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return ppid === undefined ? undefined : { pid, ppid: Number(ppid), rssBytes: Number(rss ?? 0) * 1024 };
}

function processTable(): ProcessEntry[] {
  return readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    try {
      const entry = parseStatus(Number(name), readFileSync(`/proc/${name}/status`, 'utf8'));
      return entry ? [entry] : [];
    } catch {
      return []; // the process ended between the listing and the read
    }
  });
}

/** Samples the tree under `root` every `intervalMs` until stopped; returns the peak in bytes. */
export function sampleTreePeak(root: number, intervalMs = 250): () => number {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(processTable(), root));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
