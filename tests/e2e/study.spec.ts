// Study mode: word cards by mouse, keyboard and touch; saving, export and import; self-test; listening.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { fromCsv, type SavedWord } from '../../lib/study/saved-words';
import { expect, test, visit } from './fixtures';

const slug = 'nga-trieu-tien-xich-lai-gan-nhau';
const STORE = 'song-ngu:saved-words';

async function studyModeOn(page: Page) {
  await page.addInitScript(() => window.localStorage.setItem('song-ngu:study', 'on'));
}

async function storedWords(page: Page): Promise<SavedWord[]> {
  return page.evaluate((key) => {
    const raw = window.localStorage.getItem(key);
    return raw ? JSON.parse(raw).words : [];
  }, STORE);
}

/** Speech synthesis stubbed: with the given voices; speaking takes a moment, then ends. */
async function stubSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((list) => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    class Utterance {
      text: string;
      lang = '';
      voice: unknown = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synthesis = {
      getVoices: () => list,
      speak: (utterance: Utterance) => {
        spoken.push(utterance.text);
        window.setTimeout(() => utterance.onend?.(), 600);
      },
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voices);
}

for (const width of [1280, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the study switch turns word cards on; a click opens the card with meaning and Hán-Việt', async ({ reader, page }) => {
      await reader.open(slug);
      await reader.word('s5', 'Hiệp ước').click();
      await expect(reader.card).toHaveCount(0);
      await reader.studySwitch.check();
      await reader.word('s5', 'Hiệp ước').click();
      const card = page.getByRole('dialog', { name: 'hiệp ước' });
      await expect(card).toBeVisible();
      await expect(card).toContainText('treaty');
      await expect(card).toContainText('協約');
      await expect(card).toContainText('In this sentence');
      expect(await reader.accessibilityViolations()).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(card).toHaveCount(0);
      await expect(reader.word('s5', 'Hiệp ước')).toBeFocused();
      await page.reload();
      await expect(reader.studySwitch).toBeChecked();
    });

    test('keyboard: Enter steps into a sentence, arrows move between words, Enter opens a card', async ({ reader, page }) => {
      await studyModeOn(page);
      await reader.open(slug);
      await reader.vietnamese('s5').focus();
      await page.keyboard.press('Enter');
      await expect(reader.word('s5', 'Hiệp ước')).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(reader.word('s5', 'này')).toBeFocused();
      // The sentence ends with a term (the instruments of ratification): End stops at the last word before it.
      await page.keyboard.press('End');
      await expect(reader.word('s5', 'trao đổi')).toBeFocused();
      await page.keyboard.press('Enter');
      const card = page.getByRole('dialog', { name: 'trao đổi' });
      await expect(card).toBeFocused();
      // Close first, at the top; then the word's speaker; then the resize buttons.
      await page.keyboard.press('Tab');
      await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(card.getByRole('button', { name: 'Listen' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(card.getByRole('button', { name: 'Add the syllable before' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(reader.word('s5', 'trao đổi')).toBeFocused();
    });

    test('the selection narrows and widens a syllable at a time', async ({ reader, page }) => {
      await studyModeOn(page);
      await reader.open(slug);
      await reader.word('s1', 'ký kết').click();
      await expect(page.getByRole('dialog', { name: 'ký kết' })).toBeVisible();
      await page.getByRole('button', { name: 'Drop the last syllable' }).click();
      await expect(page.getByRole('dialog', { name: 'ký' })).toContainText('to sign');
      await expect(page.getByRole('button', { name: 'Drop the last syllable' })).toBeDisabled();
      await page.getByRole('button', { name: 'Add the syllable after' }).click();
      await expect(page.getByRole('dialog', { name: 'ký kết' })).toBeVisible();
      // The treaty's name follows: a selection stops at a mention.
      await expect(page.getByRole('button', { name: 'Add the syllable after' })).toBeDisabled();
      await page.keyboard.press('Escape');
      await reader.word('s5', 'này').click();
      await page.getByRole('button', { name: 'Add the syllable after' }).click();
      const unknown = page.getByRole('dialog', { name: 'này có' });
      await expect(unknown).toContainText('The lexicon has no entry for “này có”.');
      await expect(unknown.getByRole('listitem')).toHaveText(['này · this; these', /^có · /]);
    });

    test('save two words, export CSV, clear, import: the list comes back exactly', async ({ reader, page }) => {
      await studyModeOn(page);
      await reader.open(slug);
      for (const [unit, text] of [['s5', 'có hiệu lực'], ['s1', 'quan hệ']] as const) {
        await reader.word(unit, text).click();
        await page.getByRole('button', { name: 'Save word' }).click();
        await expect(page.getByRole('button', { name: /^Saved/ })).toHaveAttribute('aria-pressed', 'true');
        await page.keyboard.press('Escape');
      }
      const saved = await storedWords(page);
      expect(saved.map((word) => [word.word, word.unit])).toEqual([['có hiệu lực', 's5'], ['quan hệ', 's1']]);
      expect(saved[0]?.sentenceEn).toContain('takes effect');

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My words' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'My words' })).toBeVisible();
      await expect(page.getByText('2 saved words')).toBeVisible();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      const csv = readFileSync((await download.path()) ?? '', 'utf8');
      expect(fromCsv(csv)).toEqual(saved);
      const [anki] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for Anki' }).click()]);
      expect(readFileSync((await anki.path()) ?? '', 'utf8')).toContain('<b>có hiệu lực</b>');
      expect(await reader.accessibilityViolations()).toEqual([]);

      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Remove all' }).click();
      await expect(page.getByText('No saved words yet')).toBeVisible();
      expect(await storedWords(page)).toEqual([]);

      await page.getByLabel('Import a CSV file').setInputFiles({ name: 'words.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await expect(page.getByRole('status').filter({ hasText: '2 words imported.' })).toBeVisible();
      expect(await storedWords(page)).toEqual(saved);
      await page.getByRole('link', { name: 'Open the sentence' }).first().click();
      await expect(page).toHaveURL(new RegExp(`/en/articles/${slug}/#s5$`));
    });

    test('self-test hides the English; one sentence or all of it can be shown', async ({ reader, page }) => {
      await reader.open(slug);
      await page.getByRole('switch', { name: 'Self-test: hide the English' }).check();
      await expect(reader.english('s1')).toBeHidden();
      await expect(reader.english('s2')).toBeHidden();
      await page.getByRole('button', { name: 'Show English: sentence 1', exact: true }).click();
      await expect(reader.english('s1')).toBeVisible();
      await expect(reader.english('s1')).toBeFocused();
      await expect(reader.english('s2')).toBeHidden();
      await page.getByRole('button', { name: 'Show English: sentence 2', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(reader.english('s2')).toBeVisible();
      await page.getByRole('button', { name: 'Hide all English' }).click();
      await expect(reader.english('s1')).toBeHidden();
      await page.getByRole('button', { name: 'Show all English' }).click();
      await expect(reader.englishCells.last()).toBeVisible();
      expect(await reader.accessibilityViolations()).toEqual([]);
    });

    test('without a Vietnamese voice the listen control says so', async ({ reader, page }) => {
      await stubSpeech(page, [{ lang: 'en-US', name: 'English' }]);
      await studyModeOn(page);
      await reader.open(slug);
      await page.getByRole('button', { name: 'Listen to sentence 1', exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: 'no Vietnamese (vi-VN) voice' })).toBeVisible();
      expect(await page.evaluate(() => Reflect.get(window, 'spoken'))).toEqual([]);
    });
  });
}

test('with a Vietnamese voice each sentence is spoken and highlighted in turn', async ({ reader, page }) => {
  await stubSpeech(page, [{ lang: 'vi-VN', name: 'Tiếng Việt' }]);
  // The stub's utterances end on a timer: a controlled clock moves from one sentence to the next.
  await page.clock.install();
  await studyModeOn(page);
  await reader.open(slug);
  await page.getByRole('button', { name: 'Listen to the article' }).click();
  await expect(page.locator('.unit[data-unit="s1"]')).toHaveAttribute('data-speaking', 'true');
  await page.clock.runFor(700);
  await expect(page.locator('.unit[data-unit="s2"]')).toHaveAttribute('data-speaking', 'true');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('.unit[data-speaking]')).toHaveCount(0);
  const spoken: string[] = await page.evaluate(() => Reflect.get(window, 'spoken'));
  expect(spoken[0]).toBe('Nga - Triều Tiên ký kết Hiệp ước về quan hệ Đối tác chiến lược toàn diện khiến quan hệ giữa hai nước xích lại gần nhau.');
});

test('a tap opens the word card as a bottom sheet on a phone', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await studyModeOn(page);
  await visit(page, `/vi/articles/${slug}/`);
  await page.locator('[lang="vi"][data-align="s5"] .word').filter({ hasText: /^Hiệp ước$/ }).tap();
  const card = page.getByRole('dialog', { name: 'hiệp ước' });
  await expect(card).toBeVisible();
  await expect(card).toHaveClass(/annotation-card-sheet/);
  await expect(card).toContainText('Hán Việt');
  await page.locator('h1').tap();
  await expect(card).toHaveCount(0);
  await context.close();
});

test('a damaged store is reported and set aside, never a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript((key) => {
    if (!window.sessionStorage.getItem('seeded')) {
      window.localStorage.setItem(key, '{"version":2,"words":[{"word":');
      window.sessionStorage.setItem('seeded', '1');
    }
  }, STORE);
  await visit(page, '/en/words/');
  await expect(page.getByText('could not be read')).toBeVisible();
  await expect(page.getByText('No saved words yet')).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.includes(':damaged:')));
  expect(kept).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('an older store is upgraded and its words kept', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!window.sessionStorage.getItem('seeded')) {
      const old = { version: 1, words: [{ word: 'hiệp ước', meaning: 'treaty', context: 'Hiệp ước này có hiệu lực.', link: `/en/articles/nga-trieu-tien-xich-lai-gan-nhau/#s5`, savedAt: '2024-01-01' }] };
      window.localStorage.setItem(key, JSON.stringify(old));
      window.sessionStorage.setItem('seeded', '1');
    }
  }, STORE);
  await visit(page, '/en/words/');
  await expect(page.getByText('upgraded from an older format')).toBeVisible();
  await expect(page.getByText('1 saved word', { exact: true })).toBeVisible();
  expect((await storedWords(page))[0]).toMatchObject({ word: 'hiệp ước', article: slug, unit: 's5' });
});

test('each article ends with its key words, treaty and diplomacy terms first, linked to their first sentence', async ({ reader, page }) => {
  await reader.open(slug, 'vi');
  const section = page.getByRole('region', { name: 'Từ khóa' });
  await expect(section).toBeVisible();
  const first = section.getByRole('listitem').first();
  await expect(first.locator('[lang="vi"]').first()).toHaveText('hiệp ước');
  await expect(first).toContainText('treaty');
  await first.getByRole('link', { name: 'lần đầu ở câu 5' }).click();
  await expect(page).toHaveURL(/#s5$/);
  expect(await section.getByRole('listitem').count()).toBeGreaterThan(15);
});

test('a full storage is reported on the word card, and the word is not shown as saved', async ({ reader, page }) => {
  await studyModeOn(page);
  // The browser's quota for the site is used up: every write of the saved words fails.
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, STORE);
  await reader.open(slug);
  await reader.word('s1', 'quan hệ').click();
  await page.getByRole('button', { name: 'Save word' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'My words could not be changed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save word' })).toHaveAttribute('aria-pressed', 'false');
  expect(await storedWords(page)).toEqual([]);
});
