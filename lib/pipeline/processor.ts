import type { Root } from 'hast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeCellSpacing } from './rehype-cell-spacing';
import { remarkBilingualBlocks, type BilingualBlocksOptions } from './remark-bilingual-blocks';
import { remarkEditorialNotes, type EditorialNotesOptions } from './remark-editorial-notes';

export interface ArticlePipelineOptions {
  labels: BilingualBlocksOptions['labels'] & { notes: EditorialNotesOptions['labels'] };
  labelsLang: string;
}

/** The one processor every article body goes through: Markdown with directives → hast for React. */
export function createArticleProcessor(options: ArticlePipelineOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkEditorialNotes, { labels: options.labels.notes })
    .use(remarkBilingualBlocks, { labels: options.labels, labelsLang: options.labelsLang })
    .use(remarkRehype)
    .use(rehypeCellSpacing);
}

export function articleToHast(markdown: string, options: ArticlePipelineOptions): Root {
  const processor = createArticleProcessor(options);
  return processor.runSync(processor.parse(markdown));
}
