// content/config.yaml: editorial settings that are policy, not code — a team raises the lexicon
// coverage a published article needs without touching the checker.
import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { CONTENT_DIR, type FileFinding } from './load';
import { parseYaml } from './yaml';

const configSchema = z.strictObject({
  lexicon: z.strictObject({ minimumCoverage: z.number().min(0).max(100) }).default({ minimumCoverage: 98 }),
});
export type ContentConfig = z.infer<typeof configSchema>;

export function readContentConfig(directory = CONTENT_DIR): { config: ContentConfig; findings: FileFinding[] } {
  const path = join(directory, 'config.yaml');
  const defaults = configSchema.parse({});
  if (!existsSync(path)) return { config: defaults, findings: [] };
  const file = relative(process.cwd(), path);
  const { data, findings } = parseYaml(readFileSync(path, 'utf8'), configSchema);
  return { config: data ?? defaults, findings: findings.map((finding) => ({ ...finding, file })) };
}
