import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_DIR, type FileFinding } from '../content/load';
import { parseYaml } from '../content/yaml';
import { canonicalTone, type Alias } from './matcher';
import { entitySchema, type Entity } from './schema';

export const ENTITIES_DIR = join(CONTENT_DIR, 'entities');

export function readEntities(directory = ENTITIES_DIR): { entities: Entity[]; findings: FileFinding[] } {
  const entities: Entity[] = [];
  const findings: FileFinding[] = [];
  if (!existsSync(directory)) return { entities, findings };
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.yaml')).sort()) {
    const path = join(directory, name);
    const file = relative(process.cwd(), path);
    const source = readFileSync(path, 'utf8');
    const { data, findings: found } = parseYaml(source, entitySchema);
    findings.push(...found.map((finding) => ({ ...finding, file })));
    if (source !== source.normalize('NFC')) findings.push({ file, line: 1, severity: 'error', message: 'the file is not in Unicode NFC' });
    if (!data) continue;
    if (`${data.id}.yaml` !== name) findings.push({ file, line: 1, severity: 'error', message: `the file name must be the id: ${data.id}.yaml` });
    entities.push(data);
  }
  findings.push(...ambiguousAliases(entities));
  return { entities, findings };
}

/**
 * What two aliases must differ in to be told apart by the matcher: it ignores case (mostly),
 * tone-mark placement and the choice of space, hyphen or dash between words.
 */
export function aliasKey(alias: string): string {
  return canonicalTone(alias.normalize('NFC').trim())
    .toLocaleLowerCase('vi')
    .replace(/\s*[-‐‑–—]\s*|\s+/gu, ' ');
}

/** The same alias (ignoring case) on two entities cannot be linked automatically. */
function ambiguousAliases(entities: Entity[]): FileFinding[] {
  const owners = new Map<string, string>();
  const findings: FileFinding[] = [];
  for (const entity of entities) {
    for (const lang of ['vi', 'en'] as const) {
      for (const alias of new Set([entity.name[lang], ...entity.aliases[lang]])) {
        const key = `${lang}:${aliasKey(alias)}`;
        const owner = owners.get(key);
        if (owner && owner !== entity.id) {
          findings.push({
            file: `content/entities/${entity.id}.yaml`,
            line: 1,
            severity: 'warning',
            message: `${lang} alias "${alias}" is also an alias of ${owner}: mark such mentions explicitly with :entity[…]{#id}`,
          });
        } else owners.set(key, entity.id);
      }
    }
  }
  return findings;
}

/** Aliases per language for the matcher; an alias two entities share is left to explicit markup. */
export function aliasesByLanguage(entities: Entity[]): Record<'vi' | 'en', Alias[]> {
  const result: Record<'vi' | 'en', Alias[]> = { vi: [], en: [] };
  for (const lang of ['vi', 'en'] as const) {
    const counts = new Map<string, Set<string>>();
    for (const entity of entities) {
      for (const alias of new Set([entity.name[lang], ...entity.aliases[lang]])) {
        const key = aliasKey(alias);
        counts.set(key, (counts.get(key) ?? new Set()).add(entity.id));
      }
    }
    for (const entity of entities) {
      for (const alias of new Set([entity.name[lang], ...entity.aliases[lang]])) {
        const rule = entity.alias_rules?.[lang]?.[alias];
        if ((counts.get(aliasKey(alias))?.size ?? 0) === 1) result[lang].push({ text: alias, entityId: entity.id, ...(rule ? { rule } : {}) });
      }
    }
  }
  return result;
}
