// Rule: lines that are only punctuation or symbols (".", ";", "|", "* * *"), and a line repeated
// verbatim straight after itself (scrapers print a caption twice). Why: neither carries text.

const LONE_PUNCTUATION = /^[\p{P}\p{S}\s]+$/u;

export function isLonePunctuation(text: string): boolean {
  return LONE_PUNCTUATION.test(text);
}
