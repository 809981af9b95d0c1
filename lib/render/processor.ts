// The one processor every article body goes through on its way to the page: the read article's mdast
// → hast for React. Parsing happens once, when the article is read (lib/content/load); the analysis
// (lib/article/analyse) has already found the mentions and words this only renders.
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeAnnotationList, { type AnnotationListOptions } from './rehype-annotation-list';
import rehypeCellSpacing from './rehype-cell-spacing';
import rehypeEntityMentions, { type EntityMentionsOptions } from './rehype-entity-mentions';
import { rehypeSafeLinks } from './rehype-safe-links';
import rehypeShareLinks, { type ShareLinksOptions } from './rehype-share-links';
import rehypeStudyControls, { type StudyControlsOptions } from './rehype-study-controls';
import rehypeWordSegments, { type WordSegmentsOptions } from './rehype-word-segments';
import remarkBilingualBlocks, { type BilingualBlocksOptions } from './remark-bilingual-blocks';
import remarkEditorialNotes, { type EditorialNotesOptions } from './remark-editorial-notes';
import remarkExplicitEntities from './remark-explicit-entities';

export interface ArticlePipelineOptions {
  labels: BilingualBlocksOptions['labels'] & { notes: EditorialNotesOptions['labels'] };
  labelsLang: string;
  /** Entity mentions and the annotation list; without it the text is rendered unannotated. */
  annotations?: { mentions: EntityMentionsOptions; list: AnnotationListOptions };
  /** Permalinks on every sentence and block; left out where the text is quoted rather than read. */
  shareLinks?: ShareLinksOptions;
  /** The Vietnamese words, for word cards. */
  words?: WordSegmentsOptions;
  /** Listen and self-test buttons per sentence. */
  studyControls?: StudyControlsOptions;
}

export function createArticleProcessor(options: ArticlePipelineOptions) {
  const processor = unified()
    .use(remarkExplicitEntities)
    .use(remarkEditorialNotes, { labels: options.labels.notes })
    .use(remarkBilingualBlocks, { labels: options.labels, labelsLang: options.labelsLang })
    .use(remarkRehype)
    .use(rehypeSafeLinks)
    .use(rehypeCellSpacing);
  const annotated = options.annotations
    ? processor.use(rehypeEntityMentions, options.annotations.mentions).use(rehypeAnnotationList, options.annotations.list)
    : processor;
  const segmented = options.words ? annotated.use(rehypeWordSegments, options.words) : annotated;
  const shared = options.shareLinks ? segmented.use(rehypeShareLinks, options.shareLinks) : segmented;
  return options.studyControls ? shared.use(rehypeStudyControls, options.studyControls) : shared;
}

/** Renders a body tree; the tree is copied first, because the remark plugins rewrite it in place. */
export function bodyToHast(tree: MdastRoot, options: ArticlePipelineOptions): HastRoot {
  return createArticleProcessor(options).runSync(structuredClone(tree));
}
