// Golden files: a missing expected file fails the test (new fixtures are reviewed, not written
// silently); UPDATE_GOLDEN=1 writes them after an intended change — review the diff before committing.
// HTML goes through hast-util-format first, so that a change reads as a diff of lines.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Root } from 'hast';
import { format } from 'hast-util-format';
import { toHtml } from 'hast-util-to-html';

export function formattedHtml(tree: Root): string {
  const copy = structuredClone(tree);
  format(copy);
  return `${toHtml(copy).trim()}\n`;
}

export function assertGolden(expectedPath: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, actual);
  assert.ok(existsSync(expectedPath), `${expectedPath} is missing: write it with UPDATE_GOLDEN=1 and review it`);
  assert.equal(actual, readFileSync(expectedPath, 'utf8'));
}
