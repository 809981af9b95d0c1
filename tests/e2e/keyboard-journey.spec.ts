// The core journey with the keyboard alone, with a visible focus indicator at every step:
// library → article → annotation card → word card → save the word → copy a sentence link.
import type { Page } from '@playwright/test';
import { expect, test, visit } from './fixtures';

const slug = 'nga-trieu-tien-xich-lai-gan-nhau';

/** Presses Tab until the focused element matches; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function expectVisibleFocus(page: Page) {
  const indicator = await page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return 'nothing focused';
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return outline && element.matches(':focus-visible') ? 'visible' : `no indicator on ${element.outerHTML.slice(0, 80)}`;
  });
  expect(indicator).toBe('visible');
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('keyboard only: open an article, an annotation, a word card, save the word, copy a sentence link', async ({ page, baseURL }) => {
  await visit(page, '/en/');
  await tabTo(page, `a[href="/en/articles/${slug}/"]`);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}/$`));

  await tabTo(page, '.preference-study input');
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('switch', { name: 'Study mode: tap a Vietnamese word' })).toBeChecked();

  await tabTo(page, '.article-body a[data-entity]');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const annotation = page.getByRole('dialog');
  await expect(annotation).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Escape');
  await expect(annotation).toHaveCount(0);
  await expectVisibleFocus(page);

  await tabTo(page, '.cell-vi[data-align="s5"]');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('.cell-vi[data-align="s5"] .word').first()).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const wordCard = page.getByRole('dialog', { name: 'hiệp ước' });
  await expect(wordCard).toBeFocused();
  // The entry arrives with the article's lexicon slice; a reader tabs on once the meaning shows.
  await expect(wordCard).toContainText('treaty');
  await tabTo(page, '.word-card button[aria-pressed]');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(wordCard.getByRole('button', { name: /^Saved/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(wordCard.getByRole('status')).toHaveText('“hiệp ước” saved to My words.');
  await page.keyboard.press('Escape');
  await expect(page.locator('.cell-vi[data-align="s5"] .word').first()).toBeFocused();

  await tabTo(page, '.share-link-sentence[href="#s5"]');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/articles/${slug}/s/s5/`);
});
