// The built site as link-preview crawlers, search engines and feed readers see it, read with real
// parsers: an HTML parser for the tags, JSON.parse for JSON-LD, an XML parser and a feed parser.
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { articles } from './site-data';

const [sample] = articles;
if (!sample) throw new Error('no articles to test');

interface HeadData {
  meta: Map<string, string[]>;
  links: { rel: string; href: string; hreflang?: string }[];
  jsonLd: unknown[];
}

async function head(request: APIRequestContext, path: string): Promise<HeadData> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const tree = fromHtml(await response.text());
  const data: HeadData = { meta: new Map(), links: [], jsonLd: [] };
  visit(tree, 'element', (node: Element) => {
    const { property, name, httpEquiv, content, rel, href, hrefLang, type } = node.properties;
    const key = typeof property === 'string' ? property : typeof name === 'string' ? name : Array.isArray(httpEquiv) ? httpEquiv.join(' ') : undefined;
    if (node.tagName === 'meta' && key && typeof content === 'string') data.meta.set(key, [...(data.meta.get(key) ?? []), content]);
    if (node.tagName === 'link' && Array.isArray(rel) && typeof href === 'string') {
      data.links.push({ rel: rel.join(' '), href, ...(typeof hrefLang === 'string' ? { hreflang: hrefLang } : {}) });
    }
    if (node.tagName === 'script' && type === 'application/ld+json') data.jsonLd.push(JSON.parse(toString(node)));
  });
  return data;
}

const one = (data: HeadData, key: string) => {
  const values = data.meta.get(key) ?? [];
  expect(values, key).toHaveLength(1);
  return values[0] ?? '';
};

/** Fetches an absolute og:image on this server and reads the PNG header's width and height. */
async function pngSize(request: APIRequestContext, imageUrl: string) {
  const response = await request.get(new URL(imageUrl).pathname);
  expect(response.status(), imageUrl).toBe(200);
  expect(response.headers()['content-type'], imageUrl).toBe('image/png');
  const body = await response.body();
  expect(body.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

for (const article of articles) {
  test(`${article.slug}: Open Graph, Twitter, canonical, hreflang and a 1200×630 card`, async ({ request }) => {
    for (const locale of ['en', 'vi'] as const) {
      const path = `/${locale}/articles/${article.slug}/`;
      const data = await head(request, path);
      const canonical = data.links.find((link) => link.rel === 'canonical')?.href ?? '';
      expect(new URL(canonical).pathname).toBe(path);
      expect(one(data, 'og:url')).toBe(canonical);
      expect(one(data, 'og:type')).toBe('article');
      expect(one(data, 'og:title')).toContain(article.headline.vi);
      expect(one(data, 'og:title')).toContain(article.headline.en);
      expect(one(data, 'og:description')).toBe(article.summary.en);
      expect(one(data, 'og:locale')).toBe('vi_VN');
      expect(one(data, 'og:locale:alternate')).toBe('en_GB');
      expect(one(data, 'article:published_time')).toMatch(new RegExp(`^${article.date}`));
      expect(one(data, 'twitter:card')).toBe('summary_large_image');
      expect(one(data, 'og:image:width')).toBe('1200');
      expect(one(data, 'og:image:height')).toBe('630');
      expect(await pngSize(request, one(data, 'og:image'))).toEqual({ width: 1200, height: 630 });
      expect(one(data, 'twitter:image')).toBe(one(data, 'og:image'));
      const alternates = Object.fromEntries(data.links.filter((link) => link.rel === 'alternate' && link.hreflang).map((link) => [link.hreflang, new URL(link.href).pathname]));
      expect(alternates).toEqual({ en: `/en/articles/${article.slug}/`, vi: `/vi/articles/${article.slug}/`, 'x-default': `/en/articles/${article.slug}/` });
    }
  });

  test(`${article.slug}: JSON-LD NewsArticle with its English translation`, async ({ request }) => {
    const [jsonLd] = (await head(request, `/en/articles/${article.slug}/`)).jsonLd;
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline.vi,
      inLanguage: 'vi',
      datePublished: expect.stringMatching(new RegExp(`^${article.date}`)),
      isBasedOn: { '@type': 'NewsArticle', inLanguage: 'vi' },
      workTranslation: { '@type': 'NewsArticle', headline: article.headline.en, inLanguage: 'en' },
    });
  });
}

test('a sentence’s share page carries the sentence’s own card', async ({ request }) => {
  const unit = sample.units[3] ?? sample.units[0];
  if (!unit) throw new Error('no unit');
  const data = await head(request, `/en/articles/${sample.slug}/s/${unit.id}/`);
  expect(one(data, 'og:title')).toBe(unit.vi);
  expect(one(data, 'og:description')).toBe(unit.en);
  expect(new URL(one(data, 'og:image')).pathname).toBe(`/cards/${sample.slug}/${unit.id}/card.png`);
  expect(await pngSize(request, one(data, 'og:image'))).toEqual({ width: 1200, height: 630 });
  expect(one(data, 'refresh')).toMatch(new RegExp(`url=/en/articles/${sample.slug}/#${unit.id}$`));
});

test('sitemap.xml is valid XML listing every article in both languages; robots.txt points to it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed: unknown = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml);
  const urls = z.object({ urlset: z.object({ url: z.array(z.object({ loc: z.url() })) }) }).parse(parsed).urlset.url.map((entry) => new URL(entry.loc).pathname);
  for (const article of articles) {
    expect(urls).toContain(`/en/articles/${article.slug}/`);
    expect(urls).toContain(`/vi/articles/${article.slug}/`);
  }
  for (const path of urls.slice(0, 12)) expect((await request.get(path)).status(), path).toBe(200);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test('feed.xml is an Atom feed a standard parser reads, one entry per article', async ({ request }) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe('atom');
  expect(feed.items).toHaveLength(articles.length);
  for (const article of articles) {
    const item = feed.items.find((entry) => entry.title?.includes(article.headline.vi));
    expect(item?.title).toContain(article.headline.en);
    expect(item?.published?.toISOString().slice(0, 10) ?? '').toMatch(/^20\d\d-\d\d-\d\d$/);
  }
});

test('open data: each article’s JSON has its aligned units, annotation spans and words that point at the text', async ({ request }) => {
  const catalogue = z.object({ articles: z.array(z.object({ slug: z.string(), url: z.url() })) }).parse(await (await request.get('/data/index.json')).json());
  const entities = z.array(z.object({ id: z.string() })).parse(await (await request.get('/data/entities.json')).json());
  const entityIds = new Set(entities.map((entity) => entity.id));
  const lexicon = z.object({ version: z.literal(1), entries: z.array(z.object({ word: z.string(), pos: z.string(), senses: z.array(z.unknown()).min(1) })) });
  const lexiconIds = new Set(lexicon.parse(await (await request.get('/data/lexicon.json')).json()).entries.map((entry) => entry.word));
  expect(lexiconIds.size).toBeGreaterThan(500);
  const listed = catalogue.articles;
  expect(listed.map((entry) => entry.slug).sort()).toEqual(articles.map((article) => article.slug).sort());
  for (const article of articles) {
    const entry = listed.find((item) => item.slug === article.slug);
    const span = { start: z.number(), end: z.number(), text: z.string() };
    const cell = z.object({ text: z.string(), annotations: z.array(z.object({ ...span, entity: z.string() })), words: z.array(z.object({ ...span, lexicon: z.string() })).optional() });
    const { units } = z
      .object({ units: z.array(z.object({ id: z.string(), vi: cell, en: cell.nullable() })) })
      .parse(await (await request.get(new URL(entry?.url ?? '').pathname)).json());
    expect(units.map((unit) => unit.id)).toEqual(article.units.map((unit) => unit.id));
    let spans = 0;
    let words = 0;
    for (const [index, unit] of units.entries()) {
      expect(unit.vi.text).toBe(article.units[index]?.vi);
      for (const word of unit.vi.words ?? []) {
        words += 1;
        expect(unit.vi.text.slice(word.start, word.end)).toBe(word.text);
        expect(lexiconIds.has(word.lexicon), word.lexicon).toBe(true);
      }
      for (const cell of [unit.vi, unit.en]) {
        for (const span of cell?.annotations ?? []) {
          spans += 1;
          expect(cell?.text.slice(span.start, span.end)).toBe(span.text);
          expect(entityIds.has(span.entity), span.entity).toBe(true);
        }
      }
    }
    expect(spans).toBeGreaterThan(50);
    expect(words).toBeGreaterThan(200);
  }
});
