// What the content says the site must show, read with the same loader the site uses.
import { getPublishedArticles } from '../../lib/content/load';

export const articles = getPublishedArticles().map((article) => ({
  slug: article.meta.slug,
  seed: article.meta.source.seed,
  headline: article.meta.headline,
  summary: article.meta.summary,
  date: article.meta.published.date,
  blocks: article.structure.blocks,
  units: article.structure.blocks.flatMap((block) => block.units),
  notes: article.structure.notes.length,
}));
