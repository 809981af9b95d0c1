import { expect, test, visit } from './fixtures';
import { articles } from './site-data';

const [sample] = articles;
if (!sample) throw new Error('no articles to test');
const unit = sample.units[1] ?? sample.units[0];
const block = sample.blocks[1] ?? sample.blocks[0];
if (!unit || !block) throw new Error('the sample article has no units');

test.describe('copying links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a sentence’s link copies its share page, which sends the reader on to the sentence', async ({ reader, page, baseURL }) => {
    await reader.open(sample.slug);
    await reader.vietnamese(unit.id).hover();
    await page.getByRole('link', { name: 'Copy a link to sentence 2', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/en/articles/${sample.slug}/s/${unit.id}/`);
    await page.goto(copied);
    await expect(page).toHaveURL(new RegExp(`/en/articles/${sample.slug}/#${unit.id}$`));
    await expect(reader.vietnamese(unit.id)).toBeInViewport();
    await expect(reader.vietnamese(unit.id)).toBeFocused();
  });

  test('without JavaScript, a sentence’s share page still sends the reader on to the sentence', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/vi/articles/${sample.slug}/s/${unit.id}/`);
      await expect(page).toHaveURL(new RegExp(`/vi/articles/${sample.slug}/#${unit.id}$`));
      await expect(page.locator(`#${unit.id}`)).toBeInViewport();
    } finally {
      await context.close();
    }
  });

  test('a paragraph’s link copies the address of the paragraph', async ({ reader, page, baseURL }) => {
    await reader.open(sample.slug);
    await page.getByRole('link', { name: 'Copy a link to paragraph 2', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/articles/${sample.slug}/#${block.id}`);
  });

  test('where the browser can share, the share sheet gets the link', async ({ reader, page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          document.documentElement.dataset.shared = data.url ?? '';
          return Promise.resolve();
        },
      });
    });
    await reader.open(sample.slug);
    await reader.vietnamese(unit.id).hover();
    await page.getByRole('link', { name: 'Copy a link to sentence 2', exact: true }).click();
    await page.getByRole('button', { name: 'Share…' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-shared', `${baseURL}/en/articles/${sample.slug}/s/${unit.id}/`);
  });
});

test('arriving at a sentence link announces it and highlights both languages', async ({ reader, page }) => {
  await reader.open(sample.slug, 'vi', `#${unit.id}`);
  await expect(page.getByRole('status').filter({ hasText: 'Bạn đang ở câu được liên kết' })).toBeVisible();
  await expect(reader.vietnamese(unit.id)).toBeFocused();
  await expect(reader.english(unit.id)).toBeInViewport();
});

test('arriving at a paragraph link highlights the paragraph', async ({ reader, page }) => {
  await reader.open(sample.slug, 'en', `#${block.id}`);
  const paragraph = page.locator(`#${block.id}`);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toBeFocused();
  expect(await reader.background(paragraph)).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.getByRole('status').filter({ hasText: 'You are at the linked paragraph.' })).toBeVisible();
});

test('a text fragment link into either language scrolls to the text', async ({ reader, page }) => {
  const target = sample.units.at(-1) ?? unit;
  const words = (text: string) => encodeURIComponent(text.split(' ').slice(0, 4).join(' '));
  await reader.open(sample.slug, 'en', `#:~:text=${words(target.vi)}`);
  await expect(reader.vietnamese(target.id)).toBeInViewport();
  await reader.open(sample.slug, 'en', `#:~:text=${words(target.en ?? '')}`);
  await page.waitForFunction(() => window.scrollY > 0);
  await expect(reader.english(target.id)).toBeInViewport();
});

test.describe('search', () => {
  const people = /^People, places and terms/;

  for (const query of ['binh nhuong', 'Bình Nhưỡng', 'BINH NHƯỠNG', 'Pyongyang']) {
    test(`“${query}” finds Pyongyang first, in both languages`, async ({ search, page }) => {
      await search.open();
      await search.search(query);
      await expect(page.getByRole('status')).toContainText(/results? for/);
      await expect(search.groups.first()).toHaveAccessibleName(people);
      const first = search.results(search.group(people)).first();
      await expect(first).toContainText('Bình Nhưỡng');
      await expect(first).toContainText('Pyongyang');
      await expect(first.getByRole('link')).toHaveAttribute('href', '/en/entities/pyongyang/');
    });
  }

  test('“Kim Jong” finds Kim Jong-un first', async ({ search }) => {
    await search.open('en', 'Kim Jong');
    await expect(search.results(search.group(people)).first().getByRole('link')).toHaveAttribute('href', '/en/entities/kim-jong-un/');
  });

  for (const query of ['hiệp ước', 'treaty']) {
    test(`“${query}” finds the treaty first, then articles and sentences about a treaty`, async ({ search }) => {
      await search.open('en', query);
      await expect(search.results(search.group(people)).first().getByRole('link')).toHaveAttribute('href', '/en/entities/treaty-on-comprehensive-strategic-partnership/');
      const sentences = search.group(/^Sentences/);
      await expect(search.results(sentences).first()).toContainText(/hiệp ước|treaty/i);
      // Names and titles above body text.
      for (const [position, name] of [people, /^Articles/, /^Sentences/].entries()) await expect(search.groups.nth(position)).toHaveAccessibleName(name);
    });
  }

  test('groups show their counts; the status the total; “Show more” adds the rest of a group', async ({ search, page }) => {
    await search.open('en', 'binh nhuong');
    const sentences = search.group(/^Sentences/);
    await expect(search.results(sentences)).toHaveCount(10);
    const counts = await Promise.all([people, /^Articles/, /^Sentences/].map((name) => search.count(search.group(name))));
    const total = counts.reduce((sum, count) => sum + count, 0);
    await expect(page.getByRole('status')).toHaveText(`${total} results for “binh nhuong”`);
    const sentenceCount = counts[2] ?? 0;
    expect(sentenceCount).toBeGreaterThan(10);
    await sentences.getByRole('button', { name: `Show ${Math.min(sentenceCount - 10, 20)} more` }).click();
    await expect(search.results(sentences)).toHaveCount(Math.min(sentenceCount, 30));
  });

  test('the names show while the sentences are still on their way, which then fill their group', async ({ search, page }) => {
    // The article files (headlines and sentences) are held back until the names are on screen.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/search-index\/[0-9a-f]+\/a\d+\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await search.open('en', 'binh nhuong');
    await expect(search.results(search.group(people)).first()).toContainText('Bình Nhưỡng');
    const sentences = search.group(/^Sentences/);
    await expect(sentences.getByRole('list')).toHaveAttribute('aria-busy', 'true');
    await expect(search.results(sentences)).toHaveCount(0);
    await expect(sentences.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
    release();
    await expect(search.results(sentences)).toHaveCount(10);
    await expect(sentences.getByRole('list')).not.toHaveAttribute('aria-busy');
  });

  test('a query downloads the manifest and a few small files, never a whole-corpus index', async ({ search, page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch') fetched.push(new URL(request.url()).pathname);
    });
    await search.open('en', 'doi tac');
    await expect(search.results(search.group(/^Sentences/)).first()).toBeVisible();
    // Next prefetches the header's pages too: only the search's own fetches count here.
    const index = fetched.filter((path) => path.startsWith('/search-index'));
    expect(index[0]).toBe('/search-index/manifest.json');
    expect(index.length).toBeLessThanOrEqual(20);
    for (const path of index.slice(1)) expect(path).toMatch(/^\/search-index\/[0-9a-f]{12}\/[tpea]\d+\.json$/);
    expect(new Set(index).size, 'each file once').toBe(index.length);
  });

  test('“doi tac” finds “đối tác” and a sentence result opens that sentence', async ({ search, page, reader }) => {
    await search.open('vi', 'doi tac');
    const sentence = search.results(search.group(/^Câu/)).first();
    await expect(sentence.locator('mark').first()).toHaveText(/^đối$/i);
    const link = sentence.getByRole('link');
    const href = (await link.getAttribute('href')) ?? '';
    const [, slug = '', unitId = ''] = /\/vi\/articles\/([^/]+)\/#(s\d+)$/.exec(href) ?? [];
    expect(unitId).not.toBe('');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${unitId}$`));
    await expect(reader.vietnamese(unitId)).toBeInViewport();
    expect(slug).not.toBe('');
  });

  test('a query with no match says so; the search page passes axe with results shown', async ({ search, page, reader }) => {
    await search.open();
    await search.search('zzzqqq');
    await expect(page.getByRole('status')).toHaveText('Nothing found for “zzzqqq”.');
    await expect(search.groups).toHaveCount(0);
    await search.search('dieu 51');
    await expect(search.results(search.group(people)).first()).toContainText('Điều 51');
    expect(await reader.accessibilityViolations()).toEqual([]);
  });
});

test('the timeline lists the events newest first, by year, and links each to the sentences that report it', async ({ page, reader }) => {
  await visit(page, '/en/timeline/');
  const dates = await page.locator('.timeline-event time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThanOrEqual(10);
  expect(dates).toEqual([...dates].sort().reverse());
  const years = await page.getByRole('navigation', { name: 'Jump to a year' }).getByRole('link').allTextContents();
  expect(years).toEqual([...new Set(dates.map((date) => date.slice(0, 4)))]);
  for (const required of ['2023-09-13', '2024-01', '2024-06-19', '2024-11-11']) expect(dates).toContain(required);
  const signing = page.locator('.timeline-event').filter({ has: page.locator('time[datetime="2024-06-19"]') });
  await expect(signing.getByRole('link', { name: 'Vladimir Putin', exact: true })).toHaveAttribute('href', '/en/entities/vladimir-putin/');
  const report = signing.locator('.timeline-reports a').first();
  const href = (await report.getAttribute('href')) ?? '';
  await report.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const unitId = href.split('#')[1] ?? '';
  await expect(reader.vietnamese(unitId)).toBeInViewport();
});
