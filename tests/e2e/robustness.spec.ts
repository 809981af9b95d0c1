// Odd input never breaks a page, and every page type passes axe in both interface languages.
import { expect, test, visit } from './fixtures';
import { articles } from './site-data';

const [sample] = articles;
if (!sample) throw new Error('no articles to test');

for (const path of [
  `/en/articles/${sample.slug}/#%E0%A4%A`,
  `/vi/articles/${sample.slug}/?q=%&layout=<script>#s99999`,
  `/en/articles/${sample.slug}/#:~:text=%E0`,
  '/vi/search/?q=%E0%A4%A',
  '/en/search/?q=' + encodeURIComponent('"><img src=x onerror=alert(1)>'),
]) {
  test(`a malformed address still gives a working page: ${path}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });
}

test('unknown addresses answer 404 with the not-found page in both languages', async ({ page, reader }) => {
  for (const path of ['/vi/khong-co-trang-nay/', '/en/articles/no-such-article/', '/data/articles/none.json']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  }
  expect(await reader.accessibilityViolations()).toEqual([]);
});

const entityId = 'vladimir-putin';
for (const locale of ['en', 'vi'] as const) {
  for (const path of [`/${locale}/entities/${entityId}/`, `/${locale}/timeline/`, `/${locale}/search/?q=doi%20tac`, `/${locale}/data/`, `/${locale}/words/`]) {
    test(`${path} has no accessibility violations`, async ({ page, reader }) => {
      await visit(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (path.includes('search')) await expect(page.locator('.search-results li').first()).toBeVisible();
      expect(await reader.accessibilityViolations()).toEqual([]);
    });
  }
  test(`/${locale}/ article with an annotation card, a note card and a word card open has no accessibility violations`, async ({ page, reader }) => {
    await page.addInitScript(() => window.localStorage.setItem('song-ngu:study', 'on'));
    await reader.open(sample.slug, locale);
    await reader.mentions.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(reader.card).toBeVisible();
    expect(await reader.accessibilityViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.article-body a.note-ref').first().focus();
    await page.keyboard.press('Enter');
    await expect(reader.card).toBeVisible();
    expect(await reader.accessibilityViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await reader.vietnameseCells.first().locator('.word').first().click();
    await expect(page.locator('.word-card .word-senses')).toBeVisible();
    expect(await reader.accessibilityViolations()).toEqual([]);
  });
}
