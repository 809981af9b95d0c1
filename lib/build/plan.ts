// The export plan: which per-article routes `next build` must render and which it may take, byte for
// byte, from the previous export. Pure (tests/unit/export-plan.test.ts): inputs in, plan out; the
// build's steps read it through lib/build/export-plan.ts.
//
// Every per-article route is keyed by a hash of everything it renders from. The site-wide inputs —
// the code, the content every article is read against (entities, lexicon, timeline, config) and the
// environment the build reads — go into one fingerprint: when it changes, every route is rendered.
// Beyond that, an article's routes (its pages in both locales with their share pages, its data files,
// its cards) render from the article file alone. The one part of its pages that shows other articles
// — the end ("read on": the next article and the related ones, their headlines and the count of names
// they share) — is a slot the build writes after `next build` (lib/render/page-fill.ts), keyed apart
// by that projection of the other articles: when only it changes, the page is reused and its end
// slot rewritten (`refillEnds`), which costs a string splice instead of a Next render.
// Each entity's page (both locales) is planned the same way, keyed by its concordance: what it shows
// of the articles that mention it (lib/article/concordance.ts, concordanceShown), so an edit renders
// again only the entity pages whose lines it changes. The other site-wide routes (library, timeline,
// entity list, feed, sitemap, search index, data index) are not planned: they are always rendered.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { locales } from '../i18n/config';

/** The kinds of per-article route, each with the outputs it owns in out/ (paths without a leading slash). */
export const ARTICLE_ROUTE_KINDS = ['page', 'article-data', 'words', 'lexicon-slice', 'cards'] as const;
export type ArticleRouteKind = (typeof ARTICLE_ROUTE_KINDS)[number];

/**
 * What each kind writes for one article: directories (ending in /) and files. A page's directory holds
 * its HTML, its payload files and its sentences' share pages; a file has its .br and .gz beside it.
 */
export function routeOutputs(kind: ArticleRouteKind, slug: string): string[] {
  switch (kind) {
    case 'page':
      return locales.map((locale) => `${locale}/articles/${slug}/`);
    case 'article-data':
      return [`data/articles/${slug}.json`];
    case 'words':
      return [`data/words/${slug}.json`];
    case 'lexicon-slice':
      return [`data/lexicon/${slug}.json`];
    case 'cards':
      return [`cards/${slug}/`];
  }
}

/** What an entity's page writes: a directory per locale. */
export const entityOutputs = (id: string): string[] => locales.map((locale) => `${locale}/entities/${id}/`);

/** The files of an article's pages that the end slot is written into (one per locale). */
export const articleEndOutputs = (slug: string): string[] => locales.map((locale) => `${locale}/articles/${slug}/index.html`);

/** What one entity's page renders from, besides the site-wide fingerprint (which holds the entity itself). */
export interface EntityInputs {
  id: string;
  /** What it shows of the articles: any JSON value, compared by its serialisation. */
  shown: unknown;
}

/** What one article's routes render from, besides the site-wide fingerprint. */
export interface ArticleInputs {
  slug: string;
  /** sha256 of the article file's bytes. */
  sourceHash: string;
  /** What its pages' end shows of other articles: any JSON value, compared by its serialisation. */
  shown: unknown;
}

const hash = (...parts: string[]) => parts.reduce((digest, part) => digest.update(part).update('\0'), createHash('sha256')).digest('hex');

/** The manifest of one build: its fingerprint, the key of each article's routes and page end, and of each entity's page. */
export const manifestSchema = z.object({
  fingerprint: z.string(),
  routes: z.record(z.string(), z.record(z.enum(ARTICLE_ROUTE_KINDS), z.string())),
  ends: z.record(z.string(), z.string()),
  entities: z.record(z.string(), z.string()),
});
export type BuildManifest = z.infer<typeof manifestSchema>;

export function buildManifest(fingerprint: string, articles: readonly ArticleInputs[], entities: readonly EntityInputs[]): BuildManifest {
  const routes: BuildManifest['routes'] = {};
  const ends: BuildManifest['ends'] = {};
  for (const { slug, sourceHash, shown } of articles) {
    const own = hash(fingerprint, slug, sourceHash);
    routes[slug] = { page: own, 'article-data': own, words: own, 'lexicon-slice': own, cards: own };
    ends[slug] = hash(own, JSON.stringify(shown));
  }
  const entityKeys: BuildManifest['entities'] = {};
  for (const { id, shown } of entities) entityKeys[id] = hash(fingerprint, 'entity', id, JSON.stringify(shown));
  return { fingerprint, routes, ends, entities: entityKeys };
}

export const planSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('full'), reason: z.string(), manifest: manifestSchema }),
  z.object({
    mode: z.literal('incremental'),
    manifest: manifestSchema,
    /** Per kind, the slugs whose route is rendered this build; every other current slug is reused. */
    render: z.record(z.enum(ARTICLE_ROUTE_KINDS), z.array(z.string())),
    /** The entities whose page is rendered this build; every other entity's page is reused. */
    renderEntities: z.array(z.string()),
    /** Articles whose pages are reused but whose end changed: the build rewrites the end slot in them (articleEndOutputs). */
    refillEnds: z.array(z.string()),
  }),
]);
export type ExportPlan = z.infer<typeof planSchema>;

export interface PreviousBuild {
  /** The manifest of the last build that succeeded, if it is known. */
  manifest: BuildManifest | undefined;
  /** Whether out/ (kept aside before `next build`) is that build's export. */
  exportMatches: boolean;
}

/**
 * The plan: everything when there is no previous good build or its export is gone, or the fingerprint
 * changed; otherwise, per kind, the routes whose key changed or that are new. Deleted articles have no
 * key, so nothing of theirs is rendered or reused. Next cannot export a dynamic route with no
 * parameters, so a kind with nothing changed still renders one route (the first slug: its output is
 * the same bytes as before).
 */
export function planExport(current: BuildManifest, previous: PreviousBuild): ExportPlan {
  const full = (reason: string): ExportPlan => ({ mode: 'full', reason, manifest: current });
  if (!previous.manifest) return full('no previous build');
  if (!previous.exportMatches) return full('the previous export is not the last good build');
  if (previous.manifest.fingerprint !== current.fingerprint) return full('code, shared content or build settings changed');
  const before = previous.manifest.routes;
  const slugs = Object.keys(current.routes);
  const atLeastOne = (found: string[], all: string[]) => (found.length || !all[0] ? found : [all[0]]);
  const changed = (kind: ArticleRouteKind) => atLeastOne(slugs.filter((slug) => before[slug]?.[kind] !== current.routes[slug]?.[kind]), slugs);
  const render = { page: changed('page'), 'article-data': changed('article-data'), words: changed('words'), 'lexicon-slice': changed('lexicon-slice'), cards: changed('cards') };
  const renderedPages = new Set(render.page);
  const refillEnds = slugs.filter((slug) => !renderedPages.has(slug) && previous.manifest?.ends[slug] !== current.ends[slug]);
  const ids = Object.keys(current.entities);
  const renderEntities = atLeastOne(ids.filter((id) => previous.manifest?.entities[id] !== current.entities[id]), ids);
  return { mode: 'incremental', manifest: current, render, renderEntities, refillEnds };
}

/** The slugs of `kind` the plan renders (all of them in a full build). */
export function renderedSlugs(plan: ExportPlan, kind: ArticleRouteKind): string[] {
  return plan.mode === 'full' ? Object.keys(plan.manifest.routes) : (plan.render[kind] ?? []);
}

/** The entities whose page the plan renders (all of them in a full build). */
export function renderedEntities(plan: ExportPlan): string[] {
  return plan.mode === 'full' ? Object.keys(plan.manifest.entities) : plan.renderEntities;
}

/** The articles whose pages are reused with their end slot rewritten (none in a full build, where every page is rendered). */
export const refilledEnds = (plan: ExportPlan): string[] => (plan.mode === 'full' ? [] : plan.refillEnds);

/** The outputs (routeOutputs, entityOutputs) this plan takes from the previous export instead of rendering. */
export function reusedOutputs(plan: ExportPlan): string[] {
  if (plan.mode === 'full') return [];
  const articleOutputs = ARTICLE_ROUTE_KINDS.flatMap((kind) => {
    const rendered = new Set(plan.render[kind]);
    return Object.keys(plan.manifest.routes)
      .filter((slug) => !rendered.has(slug))
      .flatMap((slug) => routeOutputs(kind, slug));
  });
  const renderedIds = new Set(plan.renderEntities);
  const entityPages = Object.keys(plan.manifest.entities)
    .filter((id) => !renderedIds.has(id))
    .flatMap(entityOutputs);
  return [...articleOutputs, ...entityPages];
}
