import { expect, test, visit } from './fixtures';
import { articles } from './site-data';

test('the library lists every article, newest first, with both headlines', async ({ page, reader }) => {
  await visit(page, '/en/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const cards = page.getByRole('listitem').filter({ has: page.getByRole('article') });
  await expect(cards).toHaveCount(articles.length);
  expect(articles.length).toBe(5);
  const dates = articles.map((article) => article.date);
  expect([...dates].sort().reverse()).toEqual(dates);
  for (const [index, article] of articles.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole('link', { name: article.headline.vi })).toHaveAttribute('href', `/en/articles/${article.slug}/`);
    await expect(card.getByText(article.headline.en, { exact: true })).toBeVisible();
    await expect(card.getByText(/\d+ min read/)).toBeVisible();
  }
  expect(await reader.accessibilityViolations()).toEqual([]);
});

test('the library opens an article', async ({ page, reader }) => {
  await visit(page, '/en/');
  const first = articles[0];
  if (!first) throw new Error('no articles');
  await page.getByRole('link', { name: first.headline.vi }).click();
  await expect(reader.title).toContainText(first.headline.vi);
  await expect(reader.title).toContainText(first.headline.en);
});

test('the Vietnamese interface lists the same articles', async ({ page }) => {
  await visit(page, '/vi/');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('article')).toHaveCount(articles.length);
});

test('an unknown address answers 404', async ({ page }) => {
  const response = await page.goto('/en/articles/no-such-article/');
  expect(response?.status()).toBe(404);
});

// Article bodies are written into the exported pages after `next build` and are not in the RSC
// payload, so every page must be a full page load: a client-side navigation would show an empty body.
test('an article reached from the library, and again by Back, shows its body; no page payload is fetched', async ({ page, reader }) => {
  const payloadRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has('_rsc') || url.pathname.endsWith('.txt') || request.headers()['rsc'] !== undefined) payloadRequests.push(request.url());
  });
  const first = articles[0];
  const firstUnit = first?.units[0];
  if (!first || !firstUnit) throw new Error('no articles');
  await visit(page, '/en/');
  await page.getByRole('link', { name: first.headline.vi }).click();
  await expect(page).toHaveURL(`/en/articles/${first.slug}/`);
  await expect(reader.vietnamese(firstUnit.id)).toHaveText(firstUnit.vi);
  await expect(reader.vietnameseCells).toHaveCount(first.units.length);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`/en/articles/${first.slug}/`);
  await expect(reader.vietnamese(firstUnit.id)).toHaveText(firstUnit.vi);
  await expect(reader.vietnameseCells).toHaveCount(first.units.length);
  expect(payloadRequests).toEqual([]);
});
