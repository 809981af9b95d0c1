import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { DATA } from '../../lib/render/contract';

/**
 * Opens a page of the site and waits until it answers: its islands hydrated (DATA.interactive on
 * <html>). The load event alone does not say so — the build starts Next's scripts after the first
 * frame, which on this fast local server can come after it — and a key pressed or a button clicked
 * before hydration does nothing, in a test as for a reader.
 */
export async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute(DATA.interactive.name, '');
}

/** What a reader does on an article page, in the reader's terms. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  async open(slug: string, locale: 'en' | 'vi' = 'en', fragment = '') {
    await visit(this.page, `/${locale}/articles/${slug}/${fragment}`);
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  vietnamese(unitId: string): Locator {
    return this.page.locator(`[lang="vi"][data-align="${unitId}"]`);
  }

  english(unitId: string): Locator {
    return this.page.locator(`[lang="en"][data-align="${unitId}"]`);
  }

  get vietnameseCells(): Locator {
    return this.page.locator('.article-body [lang="vi"][data-align]');
  }

  get englishCells(): Locator {
    return this.page.locator('.article-body [lang="en"][data-align]');
  }

  /** "Aa" in the reading toolbar, which opens the layout and annotation settings. */
  get readingMenu(): Locator {
    return this.page.getByRole('button', { name: /Layout and annotations|Bố cục và chú giải/ });
  }

  async openReadingMenu() {
    await expect(this.readingMenu).toBeEnabled();
    if ((await this.readingMenu.getAttribute('aria-expanded')) !== 'true') await this.readingMenu.click();
  }

  /** The radio of a layout; the reading menu must be open (openReadingMenu) for it to be found. */
  layoutOption(name: string | RegExp): Locator {
    return this.page.getByRole('group', { name: /^(Layout|Bố cục)$/ }).getByRole('radio', { name });
  }

  /** The settings in the site header (theme, interface language) behind their disclosure. */
  async openSettings() {
    await this.page.locator('.site-settings summary').click();
  }

  async chooseLayout(name: string | RegExp) {
    await this.openReadingMenu();
    const option = this.layoutOption(name);
    await expect(option).toBeEnabled();
    await option.check();
  }

  get mentions(): Locator {
    return this.page.locator('.article-body a[data-entity]');
  }

  get card(): Locator {
    return this.page.getByRole('dialog');
  }

  /** A word of a Vietnamese sentence, as segmented for study mode. */
  word(unitId: string, text: string): Locator {
    return this.vietnamese(unitId).locator('.word').filter({ hasText: new RegExp(`^${text}$`) });
  }

  get studySwitch(): Locator {
    return this.page.getByRole('switch', { name: /Study mode|Chế độ học/ });
  }

  async background(cell: Locator): Promise<string> {
    return cell.evaluate((element) => getComputedStyle(element).backgroundColor);
  }

  async hasHorizontalScroll(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  }

  async accessibilityViolations() {
    const results = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }
}

/** What a reader does on the search page: type, read the groups of results, ask for more. */
export class SearchPage {
  constructor(readonly page: Page) {}

  async open(locale: 'en' | 'vi' = 'en', query = '') {
    await visit(this.page, `/${locale}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  }

  get box(): Locator {
    return this.page.getByRole('searchbox');
  }

  async search(query: string) {
    await this.box.fill(query);
  }

  get summary(): Locator {
    return this.page.locator('.search-summary');
  }

  /** All groups, in page order. */
  get groups(): Locator {
    return this.page.getByRole('region');
  }

  /** A group of results by its heading ("People, places and terms", "Articles", "Sentences"). */
  group(name: RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  results(group: Locator): Locator {
    return group.getByRole('listitem');
  }

  /** The number a group's heading shows. */
  async count(group: Locator): Promise<number> {
    return Number((await group.locator('.search-count').innerText()).replace(/\D/g, ''));
  }
}

export const test = base.extend<{ reader: ReaderPage; search: SearchPage }>({
  reader: async ({ page }, provide) => {
    await provide(new ReaderPage(page));
  },
  search: async ({ page }, provide) => {
    await provide(new SearchPage(page));
  },
});

export { expect };

export const TRANSPARENT = 'rgba(0, 0, 0, 0)';
