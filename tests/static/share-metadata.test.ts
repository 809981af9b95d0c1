// The built site as link-preview crawlers, search engines and feed readers see it, read from out/
// with real parsers: an HTML parser for the tags, JSON.parse for JSON-LD, an XML parser and a feed parser.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toString } from 'hast-util-to-string';
import { z } from 'zod';
import { getPublishedArticles } from '../../lib/content/load';
import { sentenceHeadTags, type HeadTag } from '../../lib/share/metadata';
import { absoluteUrl, articleCardPath, sentenceCardPath } from '../../lib/site';
import { articles } from '../e2e/site-data';
import { elements, outFile, page, pathOf, pngSize, readOut, readOutBuffer } from './out';

const [sample] = articles;
if (!sample) throw new Error('no articles to test');

interface HeadData {
  meta: Map<string, string[]>;
  links: { rel: string; href: string; hreflang?: string }[];
  jsonLd: unknown[];
}

function head(path: string): HeadData {
  const data: HeadData = { meta: new Map(), links: [], jsonLd: [] };
  for (const node of elements(page(path), () => true)) {
    const { property, name, httpEquiv, content, rel, href, hrefLang, type } = node.properties;
    const key = typeof property === 'string' ? property : typeof name === 'string' ? name : Array.isArray(httpEquiv) ? httpEquiv.join(' ') : undefined;
    if (node.tagName === 'meta' && key && typeof content === 'string') data.meta.set(key, [...(data.meta.get(key) ?? []), content]);
    if (node.tagName === 'link' && Array.isArray(rel) && typeof href === 'string') {
      data.links.push({ rel: rel.join(' '), href, ...(typeof hrefLang === 'string' ? { hreflang: hrefLang } : {}) });
    }
    if (node.tagName === 'script' && type === 'application/ld+json') data.jsonLd.push(JSON.parse(toString(node)));
  }
  return data;
}

function one(data: HeadData, key: string): string {
  const values = data.meta.get(key) ?? [];
  assert.equal(values.length, 1, `${key}: ${values.join(' | ')}`);
  return values[0] ?? '';
}

const cardSize = (imageUrl: string) => pngSize(readOutBuffer(pathOf(imageUrl)));

for (const article of articles) {
  test(`${article.slug}: Open Graph, Twitter, canonical, hreflang and a 1200×630 card`, () => {
    for (const locale of ['en', 'vi'] as const) {
      const path = `/${locale}/articles/${article.slug}/`;
      const data = head(path);
      const canonical = data.links.find((link) => link.rel === 'canonical')?.href ?? '';
      assert.equal(pathOf(canonical), path);
      assert.equal(one(data, 'og:url'), canonical);
      assert.equal(one(data, 'og:type'), 'article');
      assert.ok(one(data, 'og:title').includes(article.headline.vi));
      assert.ok(one(data, 'og:title').includes(article.headline.en));
      assert.equal(one(data, 'og:description'), article.summary.en);
      assert.equal(one(data, 'og:locale'), 'vi_VN');
      assert.equal(one(data, 'og:locale:alternate'), 'en_GB');
      assert.match(one(data, 'article:published_time'), new RegExp(`^${article.date}`));
      assert.equal(one(data, 'twitter:card'), 'summary_large_image');
      assert.equal(one(data, 'og:image:width'), '1200');
      assert.equal(one(data, 'og:image:height'), '630');
      assert.deepEqual(cardSize(one(data, 'og:image')), { width: 1200, height: 630 });
      assert.equal(one(data, 'twitter:image'), one(data, 'og:image'));
      const alternates = Object.fromEntries(data.links.filter((link) => link.rel === 'alternate' && link.hreflang).map((link) => [link.hreflang, pathOf(link.href)]));
      assert.deepEqual(alternates, { en: `/en/articles/${article.slug}/`, vi: `/vi/articles/${article.slug}/`, 'x-default': `/en/articles/${article.slug}/` });
    }
  });

  test(`${article.slug}: JSON-LD NewsArticle with its English translation`, () => {
    const [jsonLd] = head(`/en/articles/${article.slug}/`).jsonLd;
    const shape = z.object({
      '@context': z.literal('https://schema.org'),
      '@type': z.literal('NewsArticle'),
      headline: z.literal(article.headline.vi),
      inLanguage: z.literal('vi'),
      datePublished: z.string().startsWith(article.date),
      isBasedOn: z.object({ '@type': z.literal('NewsArticle'), inLanguage: z.literal('vi') }),
      workTranslation: z.object({ '@type': z.literal('NewsArticle'), headline: z.literal(article.headline.en), inLanguage: z.literal('en') }),
    });
    assert.ok(shape.safeParse(jsonLd).success, JSON.stringify(jsonLd));
  });
}

test('a sentence’s share page carries the sentence’s own card', () => {
  const unit = sample.units[3] ?? sample.units[0];
  assert.ok(unit);
  const data = head(`/en/articles/${sample.slug}/s/${unit.id}/`);
  assert.equal(one(data, 'og:title'), unit.vi);
  assert.equal(one(data, 'og:description'), unit.en);
  assert.equal(pathOf(one(data, 'og:image')), `/cards/${sample.slug}/${unit.id}/card.png`);
  assert.deepEqual(cardSize(one(data, 'og:image')), { width: 1200, height: 630 });
  assert.match(one(data, 'refresh'), new RegExp(`url=/en/articles/${sample.slug}/#${unit.id}$`));
});

test('every sentence has its share page in both languages, with exactly the tags of the model, no script and its own CSP', () => {
  for (const article of getPublishedArticles()) {
    for (const unit of article.structure.blocks.flatMap((block) => block.units)) {
      for (const locale of ['en', 'vi'] as const) {
        const path = `/${locale}/articles/${article.meta.slug}/s/${unit.id}/`;
        const tree = page(path);
        const tags = elements(tree, () => true).flatMap((node): HeadTag[] => {
          const { property, name, content, rel, href, hrefLang } = node.properties;
          if (node.tagName === 'meta' && typeof content === 'string' && typeof property === 'string') return [{ tag: 'meta', property, content }];
          if (node.tagName === 'meta' && typeof content === 'string' && typeof name === 'string' && !['viewport', 'color-scheme'].includes(name)) return [{ tag: 'meta', name, content }];
          if (node.tagName === 'link' && Array.isArray(rel) && ['canonical', 'alternate'].includes(rel.join(' ')) && typeof href === 'string') {
            return [{ tag: 'link', rel: rel.join(' '), href, ...(typeof hrefLang === 'string' ? { hrefLang } : {}) }];
          }
          return [];
        });
        assert.deepEqual(tags, sentenceHeadTags(article, unit, locale), path);
        assert.equal(elements(tree, (node) => node.tagName === 'script').length, 0, path);
        assert.match(one(head(path), 'Content-Security-Policy'), /script-src 'self'(;|$)/, path);
        assert.ok(existsSync(outFile(sentenceCardPath(article.meta.slug, unit.id))), `${path}: its card`);
      }
    }
    assert.deepEqual(cardSize(absoluteUrl(articleCardPath(article.meta.slug))), { width: 1200, height: 630 });
  }
});

test('sitemap.xml is valid XML listing every article in both languages; robots.txt points to it', () => {
  const xml = readOut('/sitemap.xml');
  assert.equal(XMLValidator.validate(xml), true);
  const parsed: unknown = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml);
  const urls = z.object({ urlset: z.object({ url: z.array(z.object({ loc: z.url() })) }) }).parse(parsed).urlset.url.map((entry) => pathOf(entry.loc));
  for (const article of articles) {
    assert.ok(urls.includes(`/en/articles/${article.slug}/`));
    assert.ok(urls.includes(`/vi/articles/${article.slug}/`));
  }
  for (const path of urls) assert.ok(existsSync(outFile(path)), `${path} is in the sitemap but not in out/`);
  assert.match(readOut('/robots.txt'), /^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test('feed.xml is an Atom feed a standard parser reads, one entry per article', () => {
  const feed = parseFeed(readOut('/feed.xml'));
  assert.equal(feed.meta.type, 'atom');
  assert.equal(feed.items.length, articles.length);
  for (const article of articles) {
    const item = feed.items.find((entry) => entry.title?.includes(article.headline.vi));
    assert.ok(item?.title?.includes(article.headline.en));
    assert.match(item?.published?.toISOString().slice(0, 10) ?? '', /^20\d\d-\d\d-\d\d$/);
  }
});

test('open data: each article’s JSON has its aligned units, annotation spans and words that point at the text', () => {
  const json = (path: string): unknown => JSON.parse(readOut(path));
  const catalogue = z.object({ articles: z.array(z.object({ slug: z.string(), url: z.url() })) }).parse(json('/data/index.json'));
  const entityIds = new Set(z.array(z.object({ id: z.string() })).parse(json('/data/entities.json')).map((entity) => entity.id));
  const lexicon = z.object({ version: z.literal(1), entries: z.array(z.object({ word: z.string(), pos: z.string(), senses: z.array(z.unknown()).min(1) })) });
  const lexiconIds = new Set(lexicon.parse(json('/data/lexicon.json')).entries.map((entry) => entry.word));
  assert.ok(lexiconIds.size > 500);
  assert.deepEqual(catalogue.articles.map((entry) => entry.slug).sort(), articles.map((article) => article.slug).sort());
  for (const article of articles) {
    const entry = catalogue.articles.find((item) => item.slug === article.slug);
    assert.ok(entry);
    const span = { start: z.number(), end: z.number(), text: z.string() };
    const cell = z.object({ text: z.string(), annotations: z.array(z.object({ ...span, entity: z.string() })), words: z.array(z.object({ ...span, lexicon: z.string() })).optional() });
    const { units } = z.object({ units: z.array(z.object({ id: z.string(), vi: cell, en: cell.nullable() })) }).parse(json(pathOf(entry.url)));
    assert.deepEqual(
      units.map((unit) => unit.id),
      article.units.map((unit) => unit.id),
    );
    let spans = 0;
    let words = 0;
    for (const [index, unit] of units.entries()) {
      assert.equal(unit.vi.text, article.units[index]?.vi);
      for (const word of unit.vi.words ?? []) {
        words += 1;
        assert.equal(unit.vi.text.slice(word.start, word.end), word.text);
        assert.ok(lexiconIds.has(word.lexicon), word.lexicon);
      }
      for (const data of [unit.vi, unit.en]) {
        for (const annotation of data?.annotations ?? []) {
          spans += 1;
          assert.equal(data?.text.slice(annotation.start, annotation.end), annotation.text);
          assert.ok(entityIds.has(annotation.entity), annotation.entity);
        }
      }
    }
    assert.ok(spans > 50, `${article.slug}: ${spans} annotation spans`);
    assert.ok(words > 200, `${article.slug}: ${words} words`);
  }
});
