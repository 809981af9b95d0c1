// The learning loop: save words in an article, review them on /review/ (mouse, keyboard, touch),
// grades move the due dates (page.clock), a word reviewed to maturity is known in the article,
// and the whole state survives export → clear → import.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, ReaderPage, test, visit } from './fixtures';

const slug = 'nga-trieu-tien-xich-lai-gan-nhau';
const STORE = 'song-ngu:saved-words';
const START = new Date('2026-12-01T09:00:00');
const DAY = 24 * 60 * 60 * 1000;

interface StoredCard {
  due: string;
  scheduledDays: number;
}

/** The review page, in the learner's terms. */
class ReviewPage {
  constructor(readonly page: Page) {}

  async open(locale: 'en' | 'vi' = 'en') {
    await visit(this.page, `/${locale}/review/`);
  }

  headerLink(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: /^(Main|Điều hướng chính)$/ }).getByRole('link', { name });
  }

  get card(): Locator {
    return this.page.locator('.review-card');
  }

  get showAnswer(): Locator {
    return this.page.getByRole('button', { name: /Show the answer|Xem đáp án/ });
  }

  grade(name: RegExp): Locator {
    return this.page.getByRole('group', { name: /How well|Bạn nhớ/ }).getByRole('button', { name });
  }

  get answerField(): Locator {
    return this.page.getByRole('textbox', { name: /The missing word|Từ còn thiếu/ });
  }

  async cards(): Promise<Record<string, StoredCard>> {
    return this.page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? '{}').cards ?? {}, STORE);
  }

  async stored(): Promise<unknown> {
    return this.page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? 'null'), STORE);
  }
}

async function saveWords(reader: ReaderPage, page: Page, words: readonly (readonly [string, string])[], label = 'Save word') {
  for (const [unit, text] of words) {
    await reader.word(unit, text).click();
    await page.getByRole('button', { name: label }).click();
    await expect(page.getByRole('button', { name: label })).toHaveCount(0);
    await page.keyboard.press('Escape');
  }
}

const THREE = [
  ['s5', 'có hiệu lực'],
  ['s1', 'quan hệ'],
  ['s1', 'ký kết'],
] as const;

test.use({ viewport: { width: 1280, height: 900 } });

test('save three words, review them by mouse and keyboard, grades move due dates, known words show in the article, export → clear → import restores everything', async ({ reader, page }) => {
  // Time stands still at START (timers still run), so each due date is exactly its interval away.
  await page.clock.setFixedTime(START);
  await page.addInitScript(() => window.localStorage.setItem('song-ngu:study', 'on'));
  const review = new ReviewPage(page);

  // The empty state first.
  await review.open();
  await expect(page.getByRole('heading', { name: 'Nothing to review yet' })).toBeVisible();
  expect(await reader.accessibilityViolations()).toEqual([]);

  await reader.open(slug);
  // Before anything is saved the article makes no claim about what the reader knows.
  await expect(page.locator('.word-new').first()).toBeAttached();
  await expect(page.getByText(/^You know/)).toBeHidden();
  await saveWords(reader, page, THREE);
  // A saved word is a learning word, tinted in study mode.
  const saved = reader.word('s5', 'có hiệu lực');
  await expect(saved).toHaveClass(/word-learning/);
  await expect(page.getByText(/^You know 0% of its words/)).toBeVisible();
  await expect(review.headerLink('Review (3)')).toBeVisible();

  await review.headerLink('Review (3)').click();
  await expect(page.getByText('3 cards to review')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What does this word mean?' })).toBeVisible();
  expect(await reader.accessibilityViolations()).toEqual([]);

  // Mouse: show the answer, every button says when the card comes back.
  await review.showAnswer.click();
  await expect(review.card.getByText('Meaning')).toBeVisible();
  await expect(review.grade(/^Again/)).toHaveText('Again Next in 1 min');
  await expect(review.grade(/^Good/)).toHaveText('Good Next in 10 min');
  await expect(review.grade(/^Easy/)).toHaveText('Easy Next in 8 days');
  expect(await reader.accessibilityViolations()).toEqual([]);
  await review.grade(/^Easy/).click();

  // Keyboard: Space shows the answer, 4 is Easy.
  for (let left = 2; left > 0; left--) {
    await expect(page.getByRole('heading', { name: 'What does this word mean?' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(review.grade(/^Easy/)).toBeVisible();
    await page.keyboard.press('4');
  }

  // Each word met once, its cloze follows: typed without tone marks, accepted with the exact form shown.
  for (const [index, typed] of ['co hieu luc', 'quan he', 'ky ket'].entries()) {
    await expect(page.getByRole('heading', { name: 'Type the missing word' })).toBeVisible();
    await expect(review.card.locator('.review-english')).not.toBeEmpty();
    await review.answerField.fill(typed);
    await review.answerField.press('Enter');
    await expect(review.card.getByText(`Right but for the tone marks: ${THREE[index]?.[1]}`)).toBeVisible();
    if (index === 0) expect(await reader.accessibilityViolations()).toEqual([]);
    await review.grade(/^Easy/).click();
  }
  await expect(page.getByRole('heading', { name: 'All done for today.' })).toBeVisible();
  await expect(page.getByText('The next card comes back in 8 days.')).toBeVisible();
  await expect(review.headerLink(/^Review$/)).toBeVisible();
  expect(await reader.accessibilityViolations()).toEqual([]);
  const firstRound = await review.cards();
  expect(Object.keys(firstRound)).toHaveLength(6);
  for (const card of Object.values(firstRound)) expect(Date.parse(card.due) - START.getTime()).toBe(8 * DAY);

  // Eight days later the six cards are due; Good on each moves them weeks out, and the words become known.
  await page.clock.setFixedTime(new Date(START.getTime() + 8 * DAY));
  await review.open();
  await expect(review.headerLink('Review (6)')).toBeVisible();
  for (let left = 6; left > 0; left--) {
    await expect(page.getByText(left === 1 ? '1 card to review' : `${left} cards to review`)).toBeVisible();
    if (await review.answerField.isVisible()) {
      await review.answerField.fill('x');
      await review.answerField.press('Enter');
      await review.grade(/^Easy/).click();
    } else {
      await page.keyboard.press('Space');
      await expect(review.grade(/^Easy/)).toBeVisible();
      await page.keyboard.press('4');
    }
  }
  await expect(page.getByRole('heading', { name: 'All done for today.' })).toBeVisible();
  const secondRound = await review.cards();
  for (const [id, card] of Object.entries(secondRound)) expect(Date.parse(card.due)).toBeGreaterThan(Date.parse(firstRound[id]?.due ?? '') + 21 * DAY);
  await expect(page.getByText('Known: 3')).toBeVisible();
  await expect(page.getByText('Streak: 1 day')).toBeVisible();
  await expect(page.locator('.review-chart svg title')).toHaveText('Reviews per day, last 14 days');

  // In the article the known words are no longer tinted as learning.
  await reader.open(slug);
  await expect(saved).toHaveClass(/word-known/);
  expect(await reader.background(saved)).toBe('rgba(0, 0, 0, 0)');
  await expect(page.getByText(/^You know \d+% of its words \(3 of \d+\)/)).toBeVisible();

  // Export everything, clear, import: the same state comes back.
  const before = await review.stored();
  await visit(page, '/en/words/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
  const exported = readFileSync((await download.path()) ?? '', 'utf8');
  expect(JSON.parse(exported)).toEqual(before);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Remove all' }).click();
  await expect(page.getByText('No saved words yet')).toBeVisible();
  await page.getByLabel('Import an export (JSON)').setInputFiles({ name: 'study.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 3 words with their review history.' })).toBeVisible();
  expect(await review.stored()).toEqual(before);
});

test('a hostile import is refused and changes nothing', async ({ page }) => {
  await visit(page, '/en/words/');
  await page.getByLabel('Import an export (JSON)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"version":99,"words":[]}') });
  await expect(page.getByRole('status').filter({ hasText: 'version 99, newer than this site reads' })).toBeVisible();
  expect(await page.evaluate((key) => window.localStorage.getItem(key), STORE)).toBeNull();
});

test('on a phone, in Vietnamese: tap to save, tap to review, the word states from the word card', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.clock.install({ time: START });
  await page.addInitScript(() => window.localStorage.setItem('song-ngu:study', 'on'));
  await visit(page, `/vi/articles/${slug}/`);
  await page.locator('[lang="vi"][data-align="s5"] .word').filter({ hasText: /^Hiệp ước$/ }).tap();
  await page.getByRole('button', { name: 'Lưu từ' }).tap();
  await expect(page.getByRole('radio', { name: 'Đang học' })).toBeChecked();
  // Marked known from its card: no more learning tint.
  await page.getByRole('radio', { name: 'Đã biết' }).tap();
  await expect(page.locator('[lang="vi"][data-align="s5"] .word').filter({ hasText: /^Hiệp ước$/ })).toHaveClass(/word-known/);
  await page.locator('h1').tap();

  const review = new ReviewPage(page);
  await review.headerLink('Ôn tập (1)').tap();
  await expect(page.getByRole('heading', { name: 'Từ này nghĩa là gì?' })).toBeVisible();
  await review.showAnswer.tap();
  await expect(review.grade(/^Nhớ/)).toContainText('Ôn lại sau 10 phút');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await review.grade(/^Nhớ/).tap();
  await expect(page.getByRole('heading', { name: 'Gõ từ còn thiếu' })).toBeVisible();
  await review.answerField.fill('hiep uoc');
  await page.getByRole('button', { name: 'Kiểm tra' }).tap();
  await expect(page.getByText('Đúng, chỉ sai dấu: hiệp ước')).toBeVisible();
  await review.grade(/^Dễ/).tap();
  // The recognition card, due in ten minutes, comes back within the session (Anki's learn-ahead).
  await expect(page.getByRole('heading', { name: 'Từ này nghĩa là gì?' })).toBeVisible();
  expect(await new ReaderPage(page).accessibilityViolations()).toEqual([]);
  await context.close();
});

test('save all key words, save a sentence: both come back in Review, the sentence as a card of its own', async ({ reader, page }) => {
  await page.addInitScript(() => window.localStorage.setItem('song-ngu:study', 'on'));
  await reader.open(slug);
  await page.getByRole('button', { name: 'Save all key words' }).click();
  const keyWords = await page.locator('.vocabulary-list > li').count();
  await expect(page.getByText(`${keyWords} key words saved to My words.`)).toBeVisible();
  await page.getByRole('button', { name: 'Save all key words' }).click();
  await expect(page.getByText('0 key words saved to My words.')).toBeVisible();

  await reader.word('s5', 'Hiệp ước').click();
  await page.getByRole('button', { name: 'Save this sentence' }).click();
  await expect(page.getByText('Sentence saved: it comes back in Review.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: `Review (${Math.min(keyWords, 20)})` })).toBeVisible();

  const stored = await page.evaluate(() => JSON.parse(window.localStorage.getItem('song-ngu:saved-words') ?? '{}'));
  expect(stored.words).toHaveLength(keyWords);
  expect(stored.sentences).toEqual([expect.objectContaining({ article: slug, unit: 's5', link: `/en/articles/${slug}/#s5` })]);
  expect(stored.sentences[0].sentenceVi).toMatch(/^Hiệp ước này có hiệu lực/);
});

test('offline once loaded: the review page and an article opened before load from the service worker', async ({ page, context }) => {
  await visit(page, `/en/articles/${slug}/`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // Loaded again under the worker's control, so that the page itself goes into its cache.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  await page.goto('/en/review/');
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing to review yet' })).toBeVisible();
  await page.goto(`/en/articles/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});
