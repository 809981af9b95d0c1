import { expect, test } from './fixtures';
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
  for (const query of ['binh nhuong', 'Bình Nhưỡng', 'BINH NHƯỠNG']) {
    test(`“${query}” finds Pyongyang in both languages`, async ({ page }) => {
      await page.goto('/en/search/');
      await page.getByRole('searchbox', { name: 'Search words' }).fill(query);
      await expect(page.getByRole('status')).toContainText(/results? for/);
      const results = page.locator('.search-results li');
      await expect(results.first()).toContainText('Bình Nhưỡng');
      await expect(results.first()).toContainText('Pyongyang');
    });
  }

  test('“doi tac” finds “đối tác” and a sentence result opens that sentence', async ({ page, reader }) => {
    await page.goto('/vi/search/?q=doi%20tac');
    const sentence = page.locator('.search-results li').filter({ has: page.locator('.search-kind', { hasText: /^Câu$/ }) }).first();
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

  test('a query with no match says so; the search page passes axe with results shown', async ({ page, reader }) => {
    await page.goto('/en/search/');
    await page.getByRole('searchbox', { name: 'Search words' }).fill('zzzqqq');
    await expect(page.getByRole('status')).toHaveText('Nothing found for “zzzqqq”.');
    await page.getByRole('searchbox', { name: 'Search words' }).fill('dieu 51');
    await expect(page.locator('.search-results li').first()).toContainText('Điều 51');
    expect(await reader.accessibilityViolations()).toEqual([]);
  });
});

test('the timeline lists the events newest first, by year, and links each to the sentences that report it', async ({ page, reader }) => {
  await page.goto('/en/timeline/');
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
