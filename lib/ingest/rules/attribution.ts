// Rule: a short line at the end naming where the story came from ("Theo TASS", "Nguồn: TASS",
// "(Theo Reuters, AFP)", "(TTXVN/Vietnam+)"). Why: it is metadata about the text, not a sentence of
// it; left in, "Nguồn: TASS" was read as a photo credit and became a caption.

const ATTRIBUTION = /^\(?\s*(?:theo|nguồn(?:\s+tin)?\s*:?|source\s*:)\s*([^()]{2,60}?)\s*\)?\s*[.:]?$/iu;
const AGENCY_ONLY = /^\(?((?:TTXVN|Vietnam\+|TTXVN\/Vietnam\+|VNA|AFP|Reuters|AP|TASS|Xinhua|Yonhap|KCNA|Sputnik|BBC|CNN)(?:\s*[/,]\s*[\p{L}+]+)*)\)?$/u;

/** The source named by an attribution line, or undefined. */
export function findAttribution(line: string): string | undefined {
  // "Nguồn Hà Nội TV: https://…": the link is the source's address, not part of its name.
  const text = line.replace(/\s*:?\s*https?:\/\/\S+$/u, '').trim();
  if (text.length > 70) return undefined;
  const words = text.split(/\s+/u).length;
  const match = ATTRIBUTION.exec(text);
  if (match?.[1] && words <= 9 && !/[.!?]\s+\p{Lu}/u.test(match[1])) return text.replace(/^\(|\)$/gu, '').trim();
  const agency = AGENCY_ONLY.exec(text);
  if (agency?.[1]) return agency[1];
  return undefined;
}
