import { resources } from '../../lib/i18n/resources';
import { expect, test, visit } from './fixtures';
import { articles } from './site-data';

const [sample] = articles;
if (!sample) throw new Error('no articles to test');

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}
// Interface strings that exist only in one language (shared ones such as "Wikipedia" are left out).
const english = strings(resources.en.translation).filter((text) => !text.includes('{{') && !strings(resources.vi.translation).includes(text));
const vietnamese = strings(resources.vi.translation).filter((text) => !text.includes('{{') && !strings(resources.en.translation).includes(text));

for (const [locale, foreign] of [['en', vietnamese], ['vi', english]] as const) {
  for (const path of [`/${locale}/`, `/${locale}/articles/${sample.slug}/`, `/${locale}/entities/`]) {
    test(`${path} shows no interface string of the other language`, async ({ page, reader }) => {
      await visit(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      // Content carries its own lang; only text outside content blocks is interface.
      const interfaceText = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('script, style, template') || parent.closest('[lang]') !== document.documentElement) continue;
          parts.push(node.textContent ?? '');
        }
        return parts.join(' ');
      });
      for (const text of foreign) expect(interfaceText, `${path}: "${text}"`).not.toContain(text);
      expect(await reader.accessibilityViolations(), path).toEqual([]);
    });
  }
}

test('dates follow the interface language', async ({ page }) => {
  await visit(page, `/en/articles/${sample.slug}/`);
  const en = await page.locator('.article-meta time').first().textContent();
  await visit(page, `/vi/articles/${sample.slug}/`);
  const vi = await page.locator('.article-meta time').first().textContent();
  const [year, month, day] = sample.date.split('-').map(Number);
  expect(en).toContain(new Intl.DateTimeFormat('en-GB', { month: 'long' }).format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day))));
  expect(vi).toContain(`tháng ${month}`);
});

test('switching language keeps the page and the place in it', async ({ page, reader }) => {
  const unit = sample.units[3]?.id ?? 's1';
  await visit(page, `/en/articles/${sample.slug}/#${unit}`);
  await reader.openSettings();
  await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(new RegExp(`/vi/articles/${sample.slug}/#${unit}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator(`#${unit}`)).toBeInViewport();
  await page.goto('/');
  await expect(page).toHaveURL(/\/vi\/$/);
});

test('/ sends a visitor to the browser’s language, and offers both without JavaScript', async ({ browser }) => {
  const vietnameseBrowser = await browser.newContext({ locale: 'vi-VN' });
  const page = await vietnameseBrowser.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/vi\/$/);
  await vietnameseBrowser.close();

  const englishBrowser = await browser.newContext({ locale: 'en-US' });
  const englishPage = await englishBrowser.newPage();
  await englishPage.goto('/');
  await expect(englishPage).toHaveURL(/\/en\/$/);
  await englishBrowser.close();

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto('/');
  await expect(plain.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
  await expect(plain.getByRole('link', { name: 'Tiếng Việt' })).toHaveAttribute('href', '/vi/');
  await noScript.close();
});
