// The reading design's measurements, at a phone's and a desktop's width in both interface languages,
// and visual snapshots of the main pages and states. Snapshots: `npm run test:e2e -- design
// --update-snapshots` after an intended visual change (or a Chromium upgrade); review the images.
import { expect, ReaderPage, test, visit } from './fixtures';
import { DesignPage, LAYOUTS, overlaps } from './design-page';
import { articles } from './site-data';

const slug = 'nga-trieu-tien-xich-lai-gan-nhau';
const longest = [...articles].sort((a, b) => b.units.length - a.units.length)[0]?.slug ?? slug;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** Characters a line may hold on a desktop, in any layout. */
const MEASURE = 75;
/** Font hinting moves a few pixels between runs; a real change moves far more. */
const SNAPSHOT = { maxDiffPixelRatio: 0.002, animations: 'disabled', caret: 'hide' } as const;

for (const locale of ['en', 'vi'] as const) {
  for (const [device, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    test(`${locale}, ${device}: the header is one compact row whose links never wrap`, async ({ page, reader }) => {
      const design = new DesignPage(page);
      await page.setViewportSize(viewport);
      await design.open(`/${locale}/articles/${slug}/`);
      const header = await design.header.boundingBox();
      expect(header?.height).toBeLessThanOrEqual(64);
      const lines = await design.linkLineCounts();
      expect(Object.keys(lines).length).toBeGreaterThanOrEqual(5);
      for (const [link, count] of Object.entries(lines)) expect(count, link).toBe(1);
      await design.openSettings(locale === 'en' ? 'Settings' : 'Cài đặt');
      const language = page.getByRole('navigation', { name: /Interface language|Ngôn ngữ giao diện/ });
      await expect(language).toBeVisible();
      const languageLinks = await language.getByRole('link').evaluateAll((links) => new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size);
      expect(languageLinks).toBe(1);
      expect(await design.smallTargets('.site-header, .reading-toolbar')).toEqual([]);
      if (device === 'phone') expect(await reader.accessibilityViolations()).toEqual([]);
    });
  }

  test(`${locale}, phone: the first sentence starts on the first screen`, async ({ page }) => {
    const design = new DesignPage(page);
    await page.setViewportSize(PHONE);
    for (const article of articles) {
      await design.open(`/${locale}/articles/${article.slug}/`);
      const first = await design.firstSentence.boundingBox();
      expect(first && first.y + 24, article.slug).toBeLessThanOrEqual(PHONE.height);
    }
  });

  test(`${locale}, desktop: every layout keeps lines within ${MEASURE} characters`, async ({ page }) => {
    const design = new DesignPage(page);
    await page.setViewportSize(DESKTOP);
    for (const layout of LAYOUTS) {
      // Init scripts run in the order added: the last preference stored wins.
      await design.prefer({ layout });
      await design.open(`/${locale}/articles/${longest}/`);
      await expect(page.locator('html')).toHaveAttribute('data-layout', layout);
      const characters = await design.longestLine();
      expect(characters, layout).toBeGreaterThan(30);
      expect(characters, layout).toBeLessThanOrEqual(MEASURE);
    }
  });
}

test('single-language layouts put a plain space between sentences', async ({ page }) => {
  const design = new DesignPage(page);
  await page.setViewportSize(DESKTOP);
  await design.prefer({ layout: 'vi' });
  await design.open(`/en/articles/${slug}/`);
  const gaps = await page.locator('.article-body .block-paragraph').evaluateAll((blocks) =>
    blocks.flatMap((block) => {
      const cells = Array.from(block.querySelectorAll<HTMLElement>('.cell-vi'));
      return cells.slice(1).flatMap((cell, index) => {
        const before = cells[index]?.getClientRects();
        const after = cell.getClientRects()[0];
        const end = before?.[before.length - 1];
        // Only sentences that continue on the same line show the gap.
        return end && after && Math.abs(end.top - after.top) < 2 ? [after.left - end.right] : [];
      });
    }),
  );
  expect(gaps.length).toBeGreaterThan(0);
  for (const gap of gaps) expect(gap).toBeLessThanOrEqual(8);
});

test('desktop: a word card and an annotation card leave the line being read uncovered', async ({ page, reader }) => {
  const design = new DesignPage(page);
  await page.setViewportSize(DESKTOP);
  await design.prefer({ study: 'on' });
  await design.open(`/en/articles/${slug}/`);
  const word = reader.word('s5', 'Hiệp ước');
  await word.click();
  await expect(design.card).toContainText('treaty');
  const line = await word.boundingBox();
  const card = await design.card.boundingBox();
  expect(line && card && overlaps(line, card)).toBe(false);
  await expect(design.card.getByText('The sentence in English')).toBeVisible();
  expect(await design.smallTargets('[role="dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');

  const mention = reader.mentions.nth(3);
  await mention.click();
  await expect(design.card).toBeVisible();
  const mentionBox = await mention.boundingBox();
  const annotation = await design.card.boundingBox();
  expect(mentionBox && annotation && overlaps(mentionBox, annotation)).toBe(false);
});

test('phone: a sheet has a handle and its close at the top, and the tapped sentence stays above it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const design = new DesignPage(page);
  await design.open(`/en/articles/${slug}/`);
  const mention = page.locator('.article-body a[data-entity]').nth(6);
  await mention.scrollIntoViewIfNeeded();
  await mention.tap();
  await expect(design.card).toBeVisible();
  const sheet = await design.card.boundingBox();
  const close = await design.card.getByRole('button', { name: 'Close' }).boundingBox();
  const sentence = await mention.locator('xpath=ancestor::*[@data-align][1]').boundingBox();
  expect(sheet && close && close.y - sheet.y).toBeLessThan(48);
  await expect(design.card.locator('.card-handle')).toBeVisible();
  expect(sheet && sentence && sentence.y + sentence.height <= sheet.y).toBe(true);
  await context.close();
});

test('the appendix is a compact list with targets of at least 24 px, and the article ends with what to read next', async ({ page }) => {
  const design = new DesignPage(page);
  await page.setViewportSize(PHONE);
  await design.open(`/en/articles/${slug}/`);
  expect(await design.smallTargets('.annotations, .article-end')).toEqual([]);
  const end = page.getByRole('navigation', { name: 'Read on' });
  await expect(end.getByRole('heading', { name: 'Next article' })).toBeVisible();
  await expect(end.getByRole('link').first()).toHaveAttribute('href', /^\/en\/articles\/[^/]+\/$/);
  expect(await end.getByRole('link').count()).toBeGreaterThanOrEqual(2);
});

test('the reading menu, the ⓘ remarks and a tapped sentence’s actions are accessible', async ({ browser }) => {
  // Two axe scans of a long page in a touch context take longer than one test's minute here.
  test.slow();
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const reader = new ReaderPage(page);
  await reader.open('nga-trieu-tien-ky-hiep-dinh-doi-tac-chien-luoc-toan-dien', 'en');
  await page.getByText('About the source').click();
  await expect(page.getByText('The source printed no headline; the editors wrote this one.')).toBeVisible();
  await expect(page.locator('.article-header')).not.toContainText('inferred');
  await reader.openReadingMenu();
  await expect(reader.layoutOption('Interlinear')).toBeChecked();
  expect(await reader.accessibilityViolations()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(reader.layoutOption('Interlinear')).toBeHidden();

  // A tap on the sentence's own text, not on a name (a link).
  await reader.vietnamese('s2').scrollIntoViewIfNeeded();
  const point = await reader.vietnamese('s2').evaluate((cell) => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('a, button') || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  });
  if (!point) throw new Error('s2 has no plain text to tap');
  await page.touchscreen.tap(point.x, point.y);
  const actions = page.getByRole('group', { name: 'This sentence' });
  await expect(actions).toBeVisible();
  expect(await reader.accessibilityViolations()).toEqual([]);
  await actions.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/articles\/nga-trieu-tien-ky-hiep-dinh-doi-tac-chien-luoc-toan-dien\/s\/s2\/$/);
  await expect(actions).toBeHidden();

  // The same bar saves the sentence for review, with its English, once.
  await page.touchscreen.tap(point.x, point.y);
  await actions.getByRole('button', { name: 'Save for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sentence saved: it comes back in Review.' })).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(window.localStorage.getItem('song-ngu:saved-words') ?? '{}'));
  expect(stored.sentences).toEqual([expect.objectContaining({ unit: 's2', link: '/en/articles/nga-trieu-tien-ky-hiep-dinh-doi-tac-chien-luoc-toan-dien/#s2', sentenceEn: expect.stringMatching(/\w/) })]);
  await page.touchscreen.tap(point.x, point.y);
  await actions.getByRole('button', { name: 'Save for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This sentence is already saved.' })).toBeVisible();
  await context.close();
});

test('a toast dismisses itself, and by hand', async ({ page }) => {
  await page.clock.install();
  const design = new DesignPage(page);
  await page.setViewportSize(DESKTOP);
  await design.open(`/en/articles/${slug}/#s4`);
  const toast = page.getByRole('status').filter({ hasText: 'You are at the linked sentence' });
  await expect(toast).toBeVisible();
  await page.clock.runFor(9_000);
  await expect(toast).toBeHidden();
  await visit(page, `/en/articles/${slug}/#s5`);
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toBeHidden();
});

test('a shared sentence lands a third of the way down, below the toolbar', async ({ page }) => {
  const design = new DesignPage(page);
  await page.setViewportSize(PHONE);
  await design.open(`/en/articles/${longest}/#${articles.find((article) => article.slug === longest)?.units[12]?.id ?? 's12'}`);
  // Polled: a smooth scroll may still be moving when the page reports it has loaded.
  const top = () => page.locator(':target').evaluate((target) => target.getBoundingClientRect().top);
  await expect.poll(top).toBeGreaterThan(PHONE.height / 4);
  await expect.poll(top).toBeLessThan(PHONE.height / 2);
});

test('without JavaScript the toolbar is replaced by a note saying what it does', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/articles/${slug}/`);
  await expect(page.locator('.reading-toolbar')).toBeHidden();
  await expect(page.getByText('Layouts and study tools need JavaScript')).toBeVisible();
  await context.close();
});

test('every page title names the site', async ({ page }) => {
  for (const path of ['/en/', '/vi/', `/en/articles/${slug}/`, '/en/timeline/', '/en/no-such-page/']) {
    await visit(page, path);
    await expect(page, path).toHaveTitle(/ · Song Ngữ$/);
  }
});

test.describe('snapshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`library and article, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const design = new DesignPage(page);
      await page.setViewportSize(PHONE);
      await design.open('/en/');
      await expect(page).toHaveScreenshot(`library-phone-${scheme}.png`, SNAPSHOT);
      await design.open(`/vi/articles/${slug}/`);
      await expect(page).toHaveScreenshot(`article-phone-${scheme}.png`, SNAPSHOT);
      await page.setViewportSize(DESKTOP);
      await design.open('/en/');
      await expect(page).toHaveScreenshot(`library-desktop-${scheme}.png`, SNAPSHOT);
    });
  }

  for (const layout of LAYOUTS) {
    test(`article, desktop, ${layout}`, async ({ page }) => {
      const design = new DesignPage(page);
      await page.setViewportSize(DESKTOP);
      await design.prefer({ layout });
      await design.open(`/en/articles/${slug}/`);
      await expect(page).toHaveScreenshot(`article-desktop-${layout}.png`, SNAPSHOT);
    });
  }

  test('a word card on a desktop, a sheet on a phone', async ({ page, reader }) => {
    const design = new DesignPage(page);
    await page.setViewportSize(DESKTOP);
    await design.prefer({ study: 'on' });
    await design.open(`/en/articles/${slug}/`);
    await reader.word('s5', 'Hiệp ước').click();
    await expect(design.card).toContainText('treaty');
    await expect(page).toHaveScreenshot('word-card-desktop.png', SNAPSHOT);
    await page.keyboard.press('Escape');
    await page.setViewportSize(PHONE);
    await reader.word('s5', 'Hiệp ước').click();
    await expect(design.card).toContainText('treaty');
    await expect(page).toHaveScreenshot('word-card-phone.png', SNAPSHOT);
  });
});
