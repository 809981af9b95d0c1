// The English of a unit as the site reads it, from the Markdown the translator types: the same
// parser (lib/article/parse) and cell reader (lib/article/analyse-cell) as the build, so that the
// checks in the browser see the text check:content will see. Names the English marks explicitly
// (`:entity[…]{#id}`) come back as ids.
import type { PhrasingContent } from 'mdast';
import { analyseCell } from '../../article/analyse-cell';
import { parseMarkdown } from '../../article/parse';
import { createMatcher } from '../../entities/matcher';

const NO_ALIASES = createMatcher([]);

export function englishText(markdown: string, known: ReadonlySet<string>): { text: string; entities: string[] } {
  const first = parseMarkdown(markdown).children[0];
  const children: PhrasingContent[] = first?.type === 'paragraph' ? first.children : [];
  const cell = analyseCell(children, 'en', { matcher: NO_ALIASES, known });
  return { text: cell.text, entities: [...new Set(cell.mentions.map((mention) => mention.entity))] };
}
