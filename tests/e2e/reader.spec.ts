import { expect, test, TRANSPARENT, visit } from './fixtures';
import { articles } from './site-data';

const [sample] = articles;
if (!sample) throw new Error('no articles to test');
const firstUnit = sample.units[0]?.id ?? 's1';
const secondUnit = sample.units[1]?.id ?? 's2';

for (const article of articles) {
  test(`${article.slug}: every unit is shown as an aligned vi/en pair`, async ({ reader }) => {
    await reader.open(article.slug);
    await expect(reader.vietnameseCells).toHaveCount(article.units.length);
    await expect(reader.englishCells).toHaveCount(article.units.length);
    for (const unit of article.units) {
      const vi = reader.vietnamese(unit.id);
      await expect(vi).toHaveAttribute('id', unit.id);
      await expect(vi).toContainText(unit.vi);
      await expect(reader.english(unit.id)).toContainText(unit.en ?? '');
    }
    await expect(reader.page.locator('[data-pending]')).toHaveCount(0);
  });
}

test('side by side: each pair starts at the same height', async ({ reader, page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await reader.open(sample.slug);
  for (const unit of sample.units.slice(0, 8)) {
    const vi = await reader.vietnamese(unit.id).boundingBox();
    const en = await reader.english(unit.id).boundingBox();
    expect(vi && en && Math.abs(vi.y - en.y)).toBeLessThanOrEqual(1);
    expect(vi && en && en.x > vi.x).toBe(true);
  }
});

test('narrow screens read interlinear, with no horizontal scroll at 360 px', async ({ reader, page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const article of articles) {
    await reader.open(article.slug);
    expect(await reader.hasHorizontalScroll(), article.slug).toBe(false);
  }
  const vi = await reader.vietnamese(firstUnit).boundingBox();
  const en = await reader.english(firstUnit).boundingBox();
  expect(vi && en && en.y >= vi.y + vi.height - 1).toBe(true);
  await visit(page, '/en/');
  expect(await reader.hasHorizontalScroll()).toBe(false);
});

test('the layout switch changes the layout and persists across reloads and pages', async ({ reader, page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await reader.open(sample.slug);
  await reader.chooseLayout('English only');
  await expect(reader.vietnamese(firstUnit)).toBeHidden();
  await expect(reader.english(firstUnit)).toBeVisible();

  await reader.chooseLayout('Vietnamese only');
  await expect(reader.english(firstUnit)).toBeHidden();
  await expect(reader.vietnamese(firstUnit)).toBeVisible();

  await reader.chooseLayout('Interlinear');
  let vi = await reader.vietnamese(firstUnit).boundingBox();
  let en = await reader.english(firstUnit).boundingBox();
  expect(vi && en && en.y >= vi.y + vi.height - 1).toBe(true);

  await page.reload();
  await reader.openReadingMenu();
  await expect(reader.layoutOption('Interlinear')).toBeChecked();
  vi = await reader.vietnamese(firstUnit).boundingBox();
  en = await reader.english(firstUnit).boundingBox();
  expect(vi && en && en.y >= vi.y + vi.height - 1).toBe(true);

  const other = articles[1];
  if (!other) throw new Error('need two articles');
  await reader.open(other.slug, 'vi');
  await reader.openReadingMenu();
  await expect(reader.layoutOption('Xen kẽ')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-layout', 'interlinear');

  await reader.chooseLayout('Song song');
  vi = await reader.vietnamese(other.units[0]?.id ?? 's1').boundingBox();
  en = await reader.english(other.units[0]?.id ?? 's1').boundingBox();
  expect(vi && en && Math.abs(vi.y - en.y)).toBeLessThanOrEqual(1);
});

test('pointing at a sentence highlights its counterpart', async ({ reader }) => {
  await reader.open(sample.slug);
  const en = reader.english(secondUnit);
  expect(await reader.background(en)).toBe(TRANSPARENT);
  await reader.vietnamese(secondUnit).hover();
  expect(await reader.background(en)).not.toBe(TRANSPARENT);
  expect(await reader.background(reader.english(firstUnit))).toBe(TRANSPARENT);
  await reader.english(firstUnit).hover();
  expect(await reader.background(reader.vietnamese(firstUnit))).not.toBe(TRANSPARENT);
});

test('focusing a sentence with the keyboard highlights its counterpart', async ({ reader, page }) => {
  await reader.open(sample.slug);
  await reader.vietnamese(firstUnit).focus();
  expect(await reader.background(reader.english(firstUnit))).not.toBe(TRANSPARENT);
  // Tab walks through the mentions inside the sentence (its counterpart stays lit) to the English cell.
  for (let step = 0; step < 40 && !(await reader.english(firstUnit).evaluate((cell) => cell === document.activeElement)); step++) {
    await page.keyboard.press('Tab');
    expect(await reader.background(reader.english(firstUnit))).not.toBe(TRANSPARENT);
  }
  await expect(reader.english(firstUnit)).toBeFocused();
  expect(await reader.background(reader.vietnamese(firstUnit))).not.toBe(TRANSPARENT);
  await reader.vietnamese(secondUnit).focus();
  expect(await reader.background(reader.english(secondUnit))).not.toBe(TRANSPARENT);
  expect(await reader.background(reader.english(firstUnit))).toBe(TRANSPARENT);
});

test('tapping a sentence highlights its counterpart', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await visit(page, `/en/articles/${sample.slug}/`);
  await page.locator(`[lang="en"][data-align="${secondUnit}"]`).tap();
  const background = await page.locator(`[lang="vi"][data-align="${secondUnit}"]`).evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe(TRANSPARENT);
  await context.close();
});

test('a deep link to a unit scrolls to it and highlights both languages', async ({ reader, page }) => {
  const target = sample.units.at(-1)?.id ?? 's1';
  await reader.open(sample.slug, 'en', `#${target}`);
  await expect(reader.vietnamese(target)).toBeInViewport();
  expect(await reader.background(reader.vietnamese(target))).not.toBe(TRANSPARENT);
  expect(await reader.background(reader.english(target))).not.toBe(TRANSPARENT);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

for (const layout of ['Side by side', 'Interlinear', 'Vietnamese only', 'English only']) {
  test(`an article page has no accessibility violations: ${layout}`, async ({ reader }) => {
    await reader.open(sample.slug);
    await reader.chooseLayout(layout);
    expect(await reader.accessibilityViolations()).toEqual([]);
  });
}
