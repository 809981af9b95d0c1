// Exact repeats (captions, datelines) fill themselves in as suggestions (issue 15 part 3).
import { expect, test } from './fixtures';

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
