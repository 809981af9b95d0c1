// One analysis per article: the read article (lib/content/load) and the knowledge base and lexicon
// in, the analysed article (lib/article/model) out. The render, open data, search, coverage and the
// checks all take their data from its result.
import type { Root } from 'mdast';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Article } from '../content/load';
import type { EntityIndex } from '../entities';
import type { LexiconIndex } from '../lexicon/load';
import { analyseText } from './analyse-cell';
import type { AnalysedArticle, Block } from './model';
import remarkAnalyse from './remark-analyse';

export interface AnalysisContext {
  entities: Pick<EntityIndex, 'matchers' | 'byId'>;
  /** Without a lexicon the Vietnamese is not split into words. */
  lexicon?: LexiconIndex;
}

/** The blocks of an article body, analysed; `slug` selects the lexicon's segmentation overrides. */
export function analyseBody(tree: Root, context: AnalysisContext, slug: string, path?: string): Block[] {
  const { entities, lexicon } = context;
  const known = new Set(entities.byId.keys());
  const overrides: Record<string, readonly (readonly string[])[]> = {};
  if (lexicon) {
    visit(tree, 'containerDirective', (node) => {
      const id = node.attributes?.id;
      if (node.name === 'unit' && id) overrides[id] = lexicon.overridesFor(slug, id);
    });
  }
  const file = new VFile(path ? { path } : {});
  unified()
    .use(remarkAnalyse, { matchers: entities.matchers, known, ...(lexicon ? { lexicon } : {}), overrides })
    .runSync(tree, file);
  return file.data.blocks ?? [];
}

export function analyseArticle(article: Article, context: AnalysisContext): AnalysedArticle {
  const { entities, lexicon } = context;
  const known = new Set(entities.byId.keys());
  const blocks = analyseBody(article.tree, context, article.meta.slug, article.file);
  const headline = { vi: analyseText(article.meta.headline.vi, 'vi', { matcher: entities.matchers.vi, known, ...(lexicon ? { lexicon } : {}) }) };
  return analysedArticle(article, { headline, blocks });
}

/** The model from the read article and what its analysis found (fresh, or from the build cache). */
export function analysedArticle(article: Article, { headline, blocks }: Pick<AnalysedArticle, 'headline' | 'blocks'>): AnalysedArticle {
  return {
    source: article,
    slug: article.meta.slug,
    meta: article.meta,
    headline,
    blocks,
    units: blocks.flatMap((block) => block.units),
    notes: article.structure.notes,
  };
}
