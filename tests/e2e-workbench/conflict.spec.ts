// No lost work (issue 15 part 7): a file changed on disk since the workbench opened it is never
// overwritten; the translator sees what changed, keeps the text typed, and saves it on reload.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { workbenchContentRoot } from './settings';

const SLUG = 'ban-nhap-de-thu-xung-dot';

test('a stale file is refused with the difference shown; reloading keeps and saves the typed text', async ({ workbench, page }) => {
  const path = join(workbenchContentRoot(), 'articles', `${SLUG}.md`);
  await workbench.open(SLUG);
  const s1 = workbench.english('s1');
  await s1.fill('The twin cities will open a direct air route from March next year.');
  await s1.press('Enter');
  await expect(workbench.saveState).toHaveText('All changes saved');
  expect(readFileSync(path, 'utf8')).toContain('The twin cities will open a direct air route from March next year.');

  // Someone else changes the file (another editor, git pull) while the page is open.
  const theirs = readFileSync(path, 'utf8').replace('summary:\n  en: ""', 'summary:\n  en: "Two twinned cities get a direct flight."');
  writeFileSync(path, theirs);

  const s2 = workbench.english('s2');
  await s2.fill('There are three flights a week in each direction.');
  await s2.blur();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The file changed on disk' })).toBeVisible();
  await expect(alert.locator('.wb-removed')).toHaveText([/-\s+\d+\s+en: ""/]);
  await expect(alert.locator('.wb-added')).toHaveText([/\+\s+\d+\s+en: "Two twinned cities get a direct flight\."/]);
  expect(readFileSync(path, 'utf8')).toBe(theirs);
  await expect(s2).toHaveValue('There are three flights a week in each direction.');
  expect(await workbench.accessibilityViolations()).toEqual([]);

  await alert.getByRole('button', { name: 'Reload the article and keep my text' }).click();
  await expect(workbench.saveState).toHaveText('All changes saved');
  const merged = readFileSync(path, 'utf8');
  expect(merged).toContain('en: "Two twinned cities get a direct flight."');
  expect(merged).toContain('Mỗi tuần có ba chuyến bay theo mỗi chiều.\n\nThere are three flights a week in each direction.\n:::');
  await expect(workbench.progress).toHaveText('2 of 2 translated');
});

test('in Vietnamese, at 390 px: the interface speaks Vietnamese, nothing scrolls sideways, axe finds nothing', async ({ workbench, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await workbench.open(SLUG, 'vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(workbench.progress).toHaveText(/^Đã dịch \d\/2 câu$/);
  await expect(page.getByRole('button', { name: 'Đăng bài' })).toBeVisible();
  // Keyboard first: Tab and Shift+Tab go from sentence to sentence.
  await workbench.english('s1').focus();
  await expect(workbench.helper.getByRole('heading', { name: 'Bộ nhớ dịch' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(workbench.english('s2')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(workbench.english('s1')).toBeFocused();
  expect(await workbench.hasHorizontalScroll()).toBe(false);
  expect(await workbench.accessibilityViolations()).toEqual([]);
});

test('without the printed address the workbench asks for it, and refuses writes', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'This workbench needs its key' })).toBeVisible();
  const write = await request.put(`/api/articles/${SLUG}/units/s1`, { data: { hash: '0'.repeat(64), en: 'x', status: 'translated' } });
  expect(write.status()).toBe(403);
});
