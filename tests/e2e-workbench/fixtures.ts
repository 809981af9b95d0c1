// The workbench as a translator uses it, in the translator's terms (page object), and the axe scan.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { WORKBENCH_TOKEN } from './settings';

export class WorkbenchPage {
  constructor(readonly page: Page) {}

  /** Opens the address npm run edit prints (with the token), then the article. */
  async open(slug: string, language: 'en' | 'vi' = 'en') {
    await this.page.goto(`/?token=${WORKBENCH_TOKEN}`);
    if (language === 'vi') await this.page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await this.page.locator(`a[href="/edit/${slug}"]`).click();
    await expect(this.page.locator('.wb-toolbar')).toBeVisible();
  }

  english(unit: string): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`(English of sentence|Bản dịch tiếng Anh của câu) ${unit}$`) });
  }

  status(unit: string): Locator {
    return this.page.getByRole('combobox', { name: new RegExp(`(Status of sentence|Trạng thái của câu) ${unit}$`) });
  }

  unit(unit: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^(Sentence|Câu) ${unit}$`) });
  }

  checks(unit: string): Locator {
    return this.unit(unit).locator('.wb-checks li');
  }

  get helper(): Locator {
    return this.page.getByRole('complementary', { name: /Helper for sentence|Trợ giúp cho câu/ });
  }

  get progress(): Locator {
    return this.page.locator('.wb-progress');
  }

  get saveState(): Locator {
    return this.page.getByRole('status');
  }

  /** Selects `text` inside a unit's Vietnamese, as a mouse drag would. */
  async selectVietnamese(unit: string, text: string) {
    await this.page.locator(`#wb-vi-${unit}`).evaluate((element, wanted) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) nodes.push(node);
      const whole = nodes.map((node) => node.data).join('');
      const start = whole.indexOf(wanted);
      if (start < 0) throw new Error(`"${wanted}" is not in the sentence`);
      const end = start + wanted.length;
      const range = document.createRange();
      let offset = 0;
      for (const node of nodes) {
        const next = offset + node.data.length;
        if (start >= offset && start <= next) range.setStart(node, start - offset);
        if (end >= offset && end <= next) {
          range.setEnd(node, end - offset);
          break;
        }
        offset = next;
      }
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }, text);
  }

  async hasHorizontalScroll(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  }

  async accessibilityViolations() {
    const results = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }
}

export const test = base.extend<{ workbench: WorkbenchPage }>({
  workbench: async ({ page }, provide) => {
    await provide(new WorkbenchPage(page));
  },
});

export { expect };
