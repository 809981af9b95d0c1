import { expect, test } from './fixtures';
import { articles } from './site-data';

test('the library lists every article, newest first, with both headlines', async ({ page, reader }) => {
  await page.goto('/en/');
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
  await page.goto('/en/');
  const first = articles[0];
  if (!first) throw new Error('no articles');
  await page.getByRole('link', { name: first.headline.vi }).click();
  await expect(reader.title).toContainText(first.headline.vi);
  await expect(reader.title).toContainText(first.headline.en);
});

test('the Vietnamese interface lists the same articles', async ({ page }) => {
  await page.goto('/vi/');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('article')).toHaveCount(articles.length);
});

test('an unknown address answers 404', async ({ page }) => {
  const response = await page.goto('/en/articles/no-such-article/');
  expect(response?.status()).toBe(404);
});
