/**
 * JSON for the inside of a <script type="application/ld+json"> element. Escapes every character that
 * could end the element or start markup (<, >, &) and the line separators old parsers choke on, as
 * JSON \u escapes: the data reads the same and no content can close the script.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
