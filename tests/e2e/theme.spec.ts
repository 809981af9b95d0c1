import { expect, test, visit } from './fixtures';
import { articles } from './site-data';

const [sample] = articles;
if (!sample) throw new Error('no articles to test');
const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(23, 22, 21)';
const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('the theme follows the system, and the reader’s choice overrides it and persists', async ({ page, reader }) => {
    await visit(page, `/en/articles/${sample.slug}/`);
    expect(await background(page)).toBe(DARK_BG);
    await reader.openSettings();
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await expect(theme).toBeEnabled();
    await theme.selectOption('light');
    expect(await background(page)).toBe(LIGHT_BG);
    await page.reload();
    expect(await background(page)).toBe(LIGHT_BG);
    await visit(page, '/vi/');
    await reader.openSettings();
    await expect(page.getByRole('combobox', { name: 'Giao diện' })).toHaveValue('light');
    await page.getByRole('combobox', { name: 'Giao diện' }).selectOption('system');
    expect(await background(page)).toBe(DARK_BG);
  });

  for (const locale of ['en', 'vi'] as const) {
    test(`the dark theme meets contrast on the ${locale} article page, with a card open`, async ({ page, reader }) => {
      await reader.open(sample.slug, locale);
      expect(await reader.accessibilityViolations()).toEqual([]);
      await reader.mentions.first().focus();
      await page.keyboard.press('Enter');
      await expect(reader.card).toBeVisible();
      expect(await reader.accessibilityViolations()).toEqual([]);
    });
  }
});

test('a dark choice on a light system applies before the first paint', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('song-ngu:theme', 'dark'));
  await visit(page, '/en/');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await background(page)).toBe(DARK_BG);
});

test('smooth scrolling only for readers who have not asked for reduced motion', async ({ browser }) => {
  for (const [reducedMotion, expected] of [['reduce', 'auto'], ['no-preference', 'smooth']] as const) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await visit(page, '/en/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(expected);
    await context.close();
  }
});
