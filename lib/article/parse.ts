import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkDirective);

/** Markdown with directives → mdast. Positions are relative to the string given. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
