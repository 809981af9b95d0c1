// Exact repeats (captions, datelines) fill themselves in as suggestions (issue 15 part 3), and
// editorial notes are edited beside their sentence (part 1).
import { expect, test } from './fixtures';

// Both tests edit the same fixture article: one after the other, never two writers at once.
test.describe.configure({ mode: 'serial' });

test('an exact repeat from another article is offered in the unit; Ctrl+Enter on the empty field takes it', async ({ workbench }) => {
  await workbench.open('anh-chu-thich-lap-lai');
  const offer = workbench.unit('s2').locator('.wb-repeat');
  await expect(offer).toHaveText('Exact repeat: Photo: Sputnik Insert');
  await expect(workbench.unit('s1').locator('.wb-repeat')).toBeHidden();
  expect(await workbench.accessibilityViolations()).toEqual([]);
  const field = workbench.english('s2');
  await field.focus();
  await field.press('Control+Enter');
  await expect(field).toHaveValue('Photo: Sputnik');
  await expect(workbench.status('s2')).toHaveValue('translated');
  await expect(offer).toBeHidden();
  await expect(workbench.saveState).toHaveText('All changes saved');
});

test('an editorial note is edited in both languages beside its sentence, and only its lines change', async ({ workbench, page }) => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { workbenchContentRoot } = await import('./settings');
  const path = join(workbenchContentRoot(), 'articles', 'anh-chu-thich-lap-lai.md');
  await workbench.open('anh-chu-thich-lap-lai');
  const english = page.getByRole('textbox', { name: 'Editorial note n1, English' });
  await expect(page.getByRole('textbox', { name: 'Editorial note n1, Vietnamese' })).toHaveValue('Bài gốc không nêu tên buổi lễ.');
  await english.fill('The source does not say which ceremony this was.');
  await english.blur();
  await expect(workbench.saveState).toHaveText('All changes saved');
  expect(readFileSync(path, 'utf8')).toContain(':::note{#n1 for="s1"}\nBài gốc không nêu tên buổi lễ.\n\nThe source does not say which ceremony this was.\n:::');
});
