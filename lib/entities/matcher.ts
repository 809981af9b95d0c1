// Finds entity mentions in text by alias: longest match first, whole words only (Vietnamese-aware:
// a letter with its marks is one word character), NFC. Pure: aliases in, matches out.

export interface Alias {
  text: string;
  entityId: string;
}

export interface Match {
  start: number;
  end: number;
  entityId: string;
  text: string;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

function isBoundary(text: string, index: number): boolean {
  const character = text[index];
  return character === undefined || !WORD_CHARACTER.test(character);
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export interface Matcher {
  find(text: string): Match[];
}

/** Aliases match as written, and also with a capital first letter (“ông Kim” at the start of a sentence). */
export function createMatcher(aliases: Alias[]): Matcher {
  const byFirstCharacter = new Map<string, Alias[]>();
  const add = (text: string, entityId: string) => {
    const first = text.charAt(0);
    const list = byFirstCharacter.get(first) ?? [];
    if (!list.some((alias) => alias.text === text)) list.push({ text, entityId });
    byFirstCharacter.set(first, list);
  };
  for (const alias of aliases) {
    const text = alias.text.normalize('NFC').trim();
    if (!text) continue;
    add(text, alias.entityId);
    add(capitalised(text), alias.entityId);
  }
  for (const list of byFirstCharacter.values()) list.sort((a, b) => b.text.length - a.text.length);

  return {
    find(input: string): Match[] {
      const text = input.normalize('NFC');
      const matches: Match[] = [];
      let index = 0;
      while (index < text.length) {
        const candidates = isBoundary(text, index - 1) ? byFirstCharacter.get(text.charAt(index)) : undefined;
        const found = candidates?.find((alias) => text.startsWith(alias.text, index) && isBoundary(text, index + alias.text.length));
        if (found) {
          matches.push({ start: index, end: index + found.text.length, entityId: found.entityId, text: found.text });
          index += found.text.length;
        } else {
          index += 1;
        }
      }
      return matches;
    },
  };
}
