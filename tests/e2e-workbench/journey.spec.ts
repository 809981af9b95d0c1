// Issue 15's journey: open a draft, translate three sentences with the glossary, the translation
// memory and a (fake) machine draft, add an entity and a lexicon entry from selections, resolve two
// checks (one fixed, one waived), publish; the Markdown that results is exactly the expected file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { workbenchContentRoot } from './settings';

const SLUG = 'viet-nam-va-nga-thuc-day-hop-tac-nghe-ca';

test('a draft goes from untranslated to published with the workbench alone', async ({ workbench, page }) => {
  test.setTimeout(120_000);
  await workbench.open(SLUG);
  await expect(workbench.progress).toHaveText('2 of 5 translated');
  expect(await workbench.accessibilityViolations()).toEqual([]);

  // s1: the glossary gives the name; the check finds the date missing until it is typed.
  const s1 = workbench.english('s1');
  await s1.click();
  await s1.fill('the two countries’ agriculture ministers met in');
  await workbench.helper.getByRole('button', { name: 'Insert: Hanoi' }).click();
  await expect(s1).toHaveValue('the two countries’ agriculture ministers met in Hanoi');
  await s1.press('End');
  await s1.pressSequentially(' to discuss fisheries cooperation.');
  await expect(workbench.checks('s1')).toHaveText(['numbers: The number or date “15/10” is not in the English. Waive']);
  await s1.fill('On October 15, the two countries’ agriculture ministers met in Hanoi to discuss fisheries cooperation.');
  await expect(workbench.checks('s1')).toHaveCount(0);
  await expect(workbench.progress).toHaveText('3 of 5 translated');

  // Enter moves on to the next sentence.
  await s1.press('Enter');
  const s2 = workbench.english('s2');
  await expect(s2).toBeFocused();

  // s2: the memory offers a close sentence, its differing words marked; inserted, then adapted.
  const suggestion = workbench.helper.getByRole('listitem').filter({ hasText: '80% alike' });
  await expect(suggestion.locator('mark')).toHaveText(['Triều Tiên', 'hội đàm']);
  await suggestion.getByRole('button', { name: 'Insert' }).click();
  await expect(s2).toHaveValue('Russian and North Korean news agencies all gave the talks prominent coverage.');
  await s2.fill('Russian and Vietnamese news agencies all gave the meeting prominent coverage.');
  // "Vietnamese" is no alias of Vietnam: a finding a person may judge acceptable, and waive with a reason.
  await expect(workbench.checks('s2')).toHaveText([/^entities: The English does not name Vietnam/]);
  await workbench.checks('s2').getByRole('button', { name: 'Waive' }).click();
  await workbench.unit('s2').getByLabel('Why this finding is acceptable').fill('“Vietnamese” is the adjective of Vietnam, which names the country here.');
  await workbench.unit('s2').getByRole('button', { name: 'Save the waiver' }).click();
  await expect(workbench.checks('s2')).toHaveText([/Waived: “Vietnamese” is the adjective of Vietnam/]);

  // s3: a machine draft, stored as such until a person confirms it with Ctrl+Enter.
  const s3 = workbench.english('s3');
  await s3.click();
  await workbench.helper.getByRole('button', { name: 'Ask for a machine draft' }).click();
  await expect(s3).toHaveValue('The two sides agreed to expand the exchange of data on fishing grounds and clam farming areas.');
  await expect(workbench.status('s3')).toHaveValue('machine');
  await expect(workbench.progress).toHaveText('4 of 5 translated');
  expect(readFileSync(join(workbenchContentRoot(), 'articles', `${SLUG}.md`), 'utf8')).toContain(':::unit{#s3 status="machine"}');
  await s3.focus();
  await s3.press('Control+Enter');
  await expect(workbench.status('s3')).toHaveValue('translated');
  await expect(workbench.progress).toHaveText('5 of 5 translated');
  await expect(workbench.english('s4')).toBeFocused();

  // A word the lexicon lacks, from a selection in s3: the to-do list empties.
  await s3.focus();
  await workbench.selectVietnamese('s3', 'ngao');
  await workbench.helper.getByRole('button', { name: 'New word from the selection' }).click();
  const wordForm = page.getByRole('dialog', { name: 'New lexicon entry' });
  await expect(wordForm.getByLabel('Word')).toHaveValue('ngao');
  await wordForm.getByLabel('Senses', { exact: false }).fill('hard clam\nclam');
  expect(await workbench.accessibilityViolations()).toEqual([]);
  await wordForm.getByRole('button', { name: 'Save' }).click();
  await expect(wordForm).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'To do' }).getByText('Not in the lexicon')).toHaveCount(0);

  // An entity from a selection in s5: the sentence is analysed again at once and links it.
  await workbench.english('s5').focus();
  await workbench.selectVietnamese('s5', 'Tổng cục Thủy sản');
  await workbench.helper.getByRole('button', { name: 'New entity from the selection' }).click();
  const entityForm = page.getByRole('dialog', { name: 'New entity' });
  await expect(entityForm.getByLabel('Name, Vietnamese')).toHaveValue('Tổng cục Thủy sản');
  await entityForm.getByLabel('Name, English').fill('Directorate of Fisheries');
  await expect(entityForm.getByLabel(/^Id \(/)).toHaveValue('directorate-of-fisheries');
  await entityForm.getByLabel('Type').selectOption('organisation');
  await entityForm.getByLabel('Gloss, English').fill('Vietnam’s government agency for fisheries');
  await entityForm.getByLabel('Gloss, Vietnamese').fill('Cơ quan quản lý nhà nước về thủy sản của Việt Nam');
  await entityForm.getByLabel('Explanation, English').fill('The Directorate of Fisheries, under the Ministry of Agriculture, managed Vietnam’s fishing and aquaculture.');
  await entityForm.getByLabel('Explanation, Vietnamese').fill('Tổng cục Thủy sản, trực thuộc Bộ Nông nghiệp, quản lý hoạt động khai thác và nuôi trồng thủy sản của Việt Nam.');
  await entityForm.getByRole('button', { name: 'Save' }).click();
  await expect(entityForm).toHaveCount(0);
  await expect(page.locator('#wb-vi-s5 .wb-mention')).toHaveText('Tổng cục Thủy sản');
  await expect(workbench.helper.getByRole('button', { name: 'Insert: Directorate of Fisheries' })).toBeVisible();

  // Publish: check:content passes, the ids are recorded.
  await expect(page.locator('.wb-unit[data-dirty]')).toHaveCount(0);
  await expect(workbench.saveState).toHaveText('All changes saved');
  await page.getByRole('button', { name: 'Publish' }).click();
  // Publishing runs check:content over the whole content root: seconds, not milliseconds.
  await expect(page.getByRole('alert')).toContainText('Published: check:content passed', { timeout: 30_000 });
  expect(await workbench.accessibilityViolations()).toEqual([]);

  const root = workbenchContentRoot();
  const written = readFileSync(join(root, 'articles', `${SLUG}.md`), 'utf8');
  expect(written).toBe(readFileSync('tests/fixtures/workbench/expected/viet-nam-va-nga-thuc-day-hop-tac-nghe-ca.md', 'utf8'));
  expect(readFileSync(join(root, 'entities', 'directorate-of-fisheries.yaml'), 'utf8')).toBe(readFileSync('tests/fixtures/workbench/expected/directorate-of-fisheries.yaml', 'utf8'));
  expect(readFileSync(join(root, 'lexicon', 'n.yaml'), 'utf8')).toContain('- word: ngao\n  pos: noun\n  senses:\n    - hard clam\n    - clam\n');
  const ids: unknown = JSON.parse(readFileSync(join(root, 'published-ids.json'), 'utf8'));
  expect(ids).toMatchObject({ [SLUG]: ['p1', 's1', 's2', 'p2', 's3', 's4', 's5'] });
  expect(existsSync(join(root, 'articles', `${SLUG}.md`))).toBe(true);
});
