// Content checks beyond the schema. Pure but for the card fonts' character maps: an article's parts
// in, problems out. `checkSource` runs on the raw file before anything parses it (issue 19: hostile
// content crashed the check or the build instead of getting a file:line message).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ArticleStructure, Problem } from '../article/structure';
import { undrawableCharacters } from '../security/card-glyphs';
import { characterName, forbiddenCharacters } from '../security/text-policy';
import { isSafeHref, unsafeUrlReason } from '../security/url-policy';

export interface Finding extends Problem {
  severity: 'error' | 'warning';
}

/** Lines are the body's; `bodyLine` (the file line the body starts on) is only for quoting other lines. */
export function validateStructure(tree: Root, structure: ArticleStructure, published: boolean, bodyLine = 1): Finding[] {
  const findings: Finding[] = structure.problems.map((problem) => ({ ...problem, severity: 'error' }));
  const error = (line: number, message: string) => findings.push({ line, message, severity: 'error' });
  const seen = new Map<string, number>();
  const claim = (id: string, line: number) => {
    const first = seen.get(id);
    if (first !== undefined) error(line, `id "${id}" is already used on line ${first + bodyLine - 1}: ids must be unique and are never reused`);
    else seen.set(id, line);
  };

  for (const block of structure.blocks) {
    claim(block.id, block.line);
    for (const unit of block.units) {
      claim(unit.id, unit.line);
      if (unit.status === 'machine') {
        if (published) error(unit.line, `unit ${unit.id} is still a machine draft: edit or confirm its English (drop status="machine") before publishing`);
        else findings.push({ line: unit.line, message: `unit ${unit.id}: machine draft, not shown until a person confirms it`, severity: 'warning' });
      } else if (unit.en === null) {
        if (published) error(unit.line, `unit ${unit.id} has no English translation: add it as a second paragraph`);
        else findings.push({ line: unit.line, message: `unit ${unit.id}: translation pending`, severity: 'warning' });
      }
    }
  }
  const units = new Set(structure.blocks.flatMap((block) => block.units.map((unit) => unit.id)));
  for (const note of structure.notes) {
    claim(note.id, note.line);
    if (note.target && !units.has(note.target)) error(note.line, `note ${note.id} is for "${note.target}", which is no unit of this article`);
  }

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') error(line, 'raw HTML is not allowed in content: write plain text');
    if ((node.type === 'text' || node.type === 'html') && node.value !== node.value.normalize('NFC')) {
      error(line, 'text is not in Unicode NFC: run it through String.prototype.normalize("NFC")');
    }
    if ((node.type === 'link' || node.type === 'definition') && !isSafeHref(node.url)) {
      error(line, `link "${node.url}" is refused: ${unsafeUrlReason(node.url)}; links must be http(s), a path of this site (/…) or a fragment (#…)`);
    }
    if (node.type === 'image' || node.type === 'imageReference') error(line, 'images are not allowed in content (the photo is not reproduced): describe it in a caption block');
  });
  for (const block of structure.blocks) {
    for (const unit of block.units) {
      const texts: [string, string][] = [['Vietnamese', unit.vi], ['English', unit.en ?? unit.machine ?? '']];
      for (const [language, text] of texts) {
        if (text.length > LIMITS.sentenceChars) {
          error(unit.line, `unit ${unit.id}: the ${language} is ${text.length} characters, more than ${LIMITS.sentenceChars}: split it into several units`);
        }
      }
    }
  }
  return findings;
}

/** Limits far above any real article (the longest is 15 kB, its longest line 475 characters), low enough that no check or build step can be made slow. */
export const LIMITS = { articleChars: 200_000, lineChars: 5_000, sentenceChars: 2_000, nesting: 8, reportedCharacters: 20 };

/** Blockquote and list markers opening a line (`> > - 1.`): each is one level of nesting. */
const CONTAINER_MARKERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;

/**
 * Checks the raw text of an article file before it is parsed. `fatal` means the file must not be
 * parsed at all (a BOM, a size or nesting the parser would choke on); the findings say why.
 */
export function checkSource(source: string): { findings: Finding[]; fatal: boolean } {
  const findings: Finding[] = [];
  const error = (line: number, message: string) => findings.push({ line, message, severity: 'error' });
  if (source.startsWith('\uFEFF')) {
    error(1, 'the file starts with a byte order mark (U+FEFF BOM): save it as UTF-8 without a BOM');
    return { findings, fatal: true };
  }
  if (source.length > LIMITS.articleChars) {
    error(1, `the article is ${source.length} characters, more than ${LIMITS.articleChars}: split it into several articles`);
    return { findings, fatal: true };
  }
  const lines = source.split('\n');
  let fatal = false;
  lines.forEach((text, index) => {
    if (text.length > LIMITS.lineChars) {
      error(index + 1, `line is ${text.length} characters, more than ${LIMITS.lineChars}: a sentence has at most ${LIMITS.sentenceChars}`);
      fatal = true;
    }
    const markers = CONTAINER_MARKERS.exec(text)?.[0] ?? '';
    const depth = (markers.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    const indent = /^[ \t]*/.exec(text)?.[0].length ?? 0;
    if (depth > LIMITS.nesting || indent > 4 * LIMITS.nesting) {
      error(index + 1, `blockquotes or lists nested ${Math.max(depth, Math.floor(indent / 4))} deep, more than ${LIMITS.nesting}: articles are paragraphs of sentences`);
      fatal = true;
    }
  });
  const characters = forbiddenCharacters(source);
  for (const problem of characters.slice(0, LIMITS.reportedCharacters)) {
    error(problem.line, `${characterName(problem.char)} at column ${problem.column}: invisible and control characters are not allowed (delete it; it is not seen but changes what the site does)`);
  }
  if (characters.length > LIMITS.reportedCharacters) error(characters[LIMITS.reportedCharacters]?.line ?? 1, `${characters.length - LIMITS.reportedCharacters} more invisible or control characters`);
  // Everything in an article may end up on a preview card (headline, sentences).
  lines.forEach((text, index) => {
    for (const char of undrawableCharacters(text)) {
      if (forbiddenCharacters(char).length) continue;
      error(index + 1, `"${char}" (${characterName(char).replace(/ .*/, '')}) is not in the preview cards' font: the build would fetch one from the internet; leave it out or write it in words`);
    }
  });
  return { findings, fatal };
}
