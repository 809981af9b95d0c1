import { expect, test, visit } from './fixtures';
import { articles } from './site-data';

const [sample] = articles;
if (!sample) throw new Error('no articles to test');

test('hovering a mention opens its card after a short delay; it stays while pointed at', async ({ reader, page }) => {
  // The hover and leave delays run on a controlled clock: no real waiting, no race with a busy machine.
  await page.clock.install();
  await reader.open(sample.slug);
  const mention = reader.mentions.first();
  const entityId = await mention.getAttribute('data-entity');
  await mention.hover();
  await expect(reader.card).toBeHidden();
  await page.clock.runFor(1_000);
  await expect(reader.card).toBeVisible();
  const entry = page.locator(`#entity-${entityId}`);
  await expect(reader.card).toContainText((await entry.locator('[data-field="gloss"]').textContent()) ?? '');
  await reader.card.hover();
  await page.clock.runFor(1_000);
  await expect(reader.card).toBeVisible();
  const cardBox = await reader.card.boundingBox();
  const mentionBox = await mention.boundingBox();
  expect(cardBox && mentionBox && (cardBox.y >= mentionBox.y + mentionBox.height || cardBox.y + cardBox.height <= mentionBox.y)).toBe(true);
  await page.mouse.move(0, 0);
  await page.clock.runFor(1_000);
  await expect(reader.card).toBeHidden();
});

test('Tab focus opens the card, Escape closes it and keeps focus on the mention', async ({ reader, page }) => {
  await reader.open(sample.slug);
  const mention = reader.mentions.first();
  await mention.focus();
  await expect(reader.card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reader.card).toBeHidden();
  await expect(mention).toBeFocused();
});

test('Enter opens the card as a dialog with its links reachable; Escape returns focus', async ({ reader, page }) => {
  await reader.open(sample.slug);
  const mention = reader.mentions.first();
  await mention.focus();
  await page.keyboard.press('Enter');
  await expect(reader.card).toBeFocused();
  // Close comes first, at the top of the card; the card's links follow.
  await page.keyboard.press('Tab');
  await expect(reader.card.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reader.card.getByRole('link').first()).toBeFocused();
  expect(await reader.accessibilityViolations()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(reader.card).toBeHidden();
  await expect(mention).toBeFocused();
  expect(page.url()).not.toContain('#entity-');
});

test('a tap opens the card as a bottom sheet at 375 px; a tap outside closes it', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await visit(page, `/en/articles/${sample.slug}/`);
  const mention = page.locator('.article-body a[data-entity]').nth(2);
  await mention.tap();
  const card = page.getByRole('dialog');
  await expect(card).toBeVisible();
  const box = await card.boundingBox();
  expect(box && Math.round(box.y + box.height)).toBe(740);
  expect(box?.width).toBe(375);
  const mentionBox = await mention.boundingBox();
  expect(mentionBox && box && mentionBox.y + mentionBox.height <= box.y).toBe(true);
  await page.locator('h1').tap();
  await expect(card).toBeHidden();
  await context.close();
});

test('editorial notes open in the same card', async ({ reader, page }) => {
  const withNotes = articles.find((article) => article.notes > 0);
  if (!withNotes) throw new Error('expected at least one article with editorial notes');
  await reader.open(withNotes.slug);
  await page.locator('a.note-ref').first().click();
  await expect(reader.card).toBeVisible();
  await expect(reader.card).toContainText(/Editors’ note/);
});

test('without JavaScript every mention links to the notes list and back', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/articles/${sample.slug}/`);
  const mention = page.locator('.article-body a[data-entity]').first();
  const href = await mention.getAttribute('href');
  const mentionId = await mention.getAttribute('id');
  expect(href).toMatch(/^#entity-/);
  await mention.click();
  const entry = page.locator(href ?? '');
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('link', { name: 'Back to mention 1', exact: true })).toHaveAttribute('href', `#${mentionId}`);
  await context.close();
});

test('the annotation switch hides the marks and is remembered', async ({ reader, page }) => {
  await reader.open(sample.slug);
  const mention = reader.mentions.first();
  const underline = () => mention.evaluate((element) => getComputedStyle(element).textDecorationLine);
  expect(await underline()).toBe('underline');
  await reader.openReadingMenu();
  await page.getByRole('switch', { name: 'Show annotations' }).uncheck();
  expect(await underline()).toBe('none');
  await page.reload();
  await reader.openReadingMenu();
  await expect(page.getByRole('switch', { name: 'Show annotations' })).not.toBeChecked();
  expect(await underline()).toBe('none');
  await page.getByRole('switch', { name: 'Show annotations' }).check();
});

test('an entity page lists its mentions and each link lands on the highlighted unit', async ({ reader, page }) => {
  await reader.open(sample.slug);
  const entityId = await reader.mentions.first().getAttribute('data-entity');
  await visit(page, `/en/entities/${entityId}/`);
  const lines = page.locator('.concordance li');
  expect(await lines.count()).toBeGreaterThan(0);
  await expect(lines.first().locator('mark').first()).toBeVisible();
  expect(await reader.accessibilityViolations()).toEqual([]);
  const link = lines.first().getByRole('link');
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  const unitId = href.split('#')[1] ?? '';
  await expect(reader.vietnamese(unitId)).toBeInViewport();
  expect(await reader.background(reader.vietnamese(unitId))).not.toBe('rgba(0, 0, 0, 0)');
});

test('the entity index groups entities by type', async ({ page, reader }) => {
  await visit(page, '/en/entities/');
  await expect(page.getByRole('heading', { level: 2, name: 'People' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Places' })).toBeVisible();
  expect(await reader.accessibilityViolations()).toEqual([]);
});
