// What the workbench accepts in any text field before anything is written: no raw HTML (the site
// rejects it in content anyway, and a tag in a YAML value would reach the entity pages), no control
// or invisible characters (lib/security/text-policy, the one list), NFC, and a length limit.
import { characterName, forbiddenCharacters } from '../security/text-policy';

/** Longer than any sentence the content check allows (2,000) and any YAML value in the knowledge base. */
export const FIELD_LIMIT = 4_000;

/** A tag, a comment or a declaration: `<` followed by a letter, `/`, `!` or `?`. */
const RAW_HTML = /<[/!?\p{L}]/u;

export type TextProblem = 'html' | 'control' | 'length' | 'line-break';

/** The first problem of a field's value, or null. `multiline` allows line breaks (none of the unit fields do). */
export function textProblem(value: string, options: { multiline?: boolean } = {}): { problem: TextProblem; message: string } | null {
  if (value.length > FIELD_LIMIT) return { problem: 'length', message: `longer than ${FIELD_LIMIT} characters` };
  if (RAW_HTML.test(value)) return { problem: 'html', message: 'raw HTML is not allowed: write plain text' };
  const characters = forbiddenCharacters(value);
  const first = characters[0];
  if (first) return { problem: 'control', message: `${characterName(first.char)} is not allowed (invisible or control character)` };
  if (!options.multiline && /[\r\n]/.test(value)) return { problem: 'line-break', message: 'one paragraph: no line breaks' };
  return null;
}

/** Every string inside a JSON value, with its path: the server checks each before it reads the value. */
export function stringsOf(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => {
      const at = path ? `${path}.${key}` : key;
      return [...stringsOf(key, `${at}(key)`), ...stringsOf(item, at)];
    });
  return [];
}
