import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readTimeline } from '../../lib/timeline/load';

const context = { units: new Map([['article', new Set(['s1', 's2'])]]), entityIds: new Set(['russia']) };

function timeline(yaml: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'timeline-')), 'timeline.yaml');
  writeFileSync(path, yaml);
  return readTimeline(context, path);
}

const event = (id: string, date: string, reports: string, entities = '[russia]') => `- id: ${id}
  date: ${date}
  title: { en: Title, vi: Tiêu đề }
  summary: { en: Summary, vi: Tóm tắt }
  entities: ${entities}
  reports: [${reports}]
`;

test('events come out in date order', () => {
  const { events, findings } = timeline(event('later', '2024-06-19', 'article#s2') + event('earlier', '2023-09', 'article#s1'));
  assert.deepEqual(findings, []);
  assert.deepEqual(events.map((item) => item.id), ['earlier', 'later']);
});

test('an impossible date format is reported on its line', () => {
  const { findings } = timeline(event('a', '2024-06-19', 'article#s1') + event('b', '19/6/2024', 'article#s1'));
  assert.deepEqual(findings.map((finding) => finding.line), [8]);
  assert.match(findings[0]?.message ?? '', /^1\.date: use YYYY-MM-DD/);
});

test('with the schema passing, cross-references are checked line by line', () => {
  const { findings } = timeline(event('a', '2024-06-19', 'article#s9') + event('a', '2024-06-19', 'missing#s1', '[nobody]'));
  assert.deepEqual(
    findings.map((finding) => `${finding.line}: ${finding.message}`),
    ['6: article article has no unit s9', '7: duplicate event id a', '11: unknown entity nobody', '12: unknown article missing'],
  );
});
