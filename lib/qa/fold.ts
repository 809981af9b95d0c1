// How the rules compare a name with a sentence: case, apostrophe style and the separator between
// words (space, hyphen, dash) do not matter, as for the entity matcher (content/entities/README.md).
export function foldName(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[’‘]/g, "'")
    .replace(/\s*[-‐‑–—]\s*|\s+/gu, ' ')
    .trim();
}

/** Whether `name` occurs in `text` as whole words. */
export function containsName(text: string, name: string): boolean {
  const haystack = ` ${foldName(text).replace(/[^\p{L}\p{M}\p{N}' ]/gu, ' ').replace(/\s+/g, ' ')} `;
  const needle = foldName(name).replace(/[^\p{L}\p{M}\p{N}' ]/gu, ' ').replace(/\s+/g, ' ').trim();
  return needle.length > 0 && haystack.includes(` ${needle} `);
}
