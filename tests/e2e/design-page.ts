// The reading design in numbers: what tests/e2e/design.spec.ts measures on a page, in the reader's
// terms (the header, the navigation, a line of text, a card, a target).
import type { Locator, Page } from '@playwright/test';
import { LAYOUTS, type ReaderLayout } from '../../lib/client/preferences/registry';
import { STORAGE_KEY } from '../../lib/client/storage-keys';
import { visit } from './fixtures';

export { LAYOUTS, type ReaderLayout };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export class DesignPage {
  constructor(readonly page: Page) {}

  /** Stores reader preferences before any page script runs, as a returning reader has them. */
  async prefer(preferences: { layout?: ReaderLayout; study?: 'on' | 'off' }) {
    const entries = [
      ...(preferences.layout ? [[STORAGE_KEY.layout, preferences.layout]] : []),
      ...(preferences.study ? [[STORAGE_KEY.study, preferences.study]] : []),
    ];
    await this.page.addInitScript((pairs) => {
      for (const [key, value] of pairs) if (key && value) window.localStorage.setItem(key, value);
    }, entries);
  }

  /** Opens a page and waits for its web fonts, so that measurements and pixels are final. */
  async open(path: string) {
    await visit(this.page, path);
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  /** Opens the settings disclosure by its visible label (its summary; the label may be visually hidden). */
  async openSettings(label: string) {
    await this.page.locator('.site-settings summary', { hasText: label }).click();
  }

  get header(): Locator {
    return this.page.locator('.site-header');
  }

  get navLinks(): Locator {
    return this.page.getByRole('navigation', { name: /^(Main|Điều hướng chính)$/ }).getByRole('link');
  }

  /** How many lines each link's text takes: one, for a link that does not wrap. */
  async linkLineCounts(): Promise<Record<string, number>> {
    return this.navLinks.evaluateAll((links) =>
      Object.fromEntries(
        links.map((link) => {
          const range = document.createRange();
          range.selectNodeContents(link);
          const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
          return [link.textContent ?? '', tops.size];
        }),
      ),
    );
  }

  /**
   * The longest line of the article's text in characters: each character of the visible cells is
   * placed on its line (its block and its top), and the fullest line counts.
   */
  async longestLine(): Promise<number> {
    return this.page.evaluate(() => {
      const lines = new Map<string, number>();
      const cells = Array.from(document.querySelectorAll<HTMLElement>('.article-body [data-align]')).filter((cell) => cell.getClientRects().length > 0);
      for (const cell of cells.slice(0, 24)) {
        const block = cell.closest('[data-block]')?.id ?? '';
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          // Controls inside a cell (listen, reveal) are not text.
          if (node.parentElement?.closest('button')) continue;
          for (let index = 0; index < text.length; index++) {
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const rect = range.getClientRects()[0];
            if (!rect || rect.width === 0) continue;
            const key = `${block}:${cell.getAttribute('lang') ?? ''}:${Math.round(rect.top)}`;
            lines.set(key, (lines.get(key) ?? 0) + 1);
          }
        }
      }
      return Math.max(0, ...lines.values());
    });
  }

  get firstSentence(): Locator {
    return this.page.locator('.article-body .cell[data-align]').first();
  }

  get card(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Width and height of every target in the given regions that is not a link inside running text. */
  async smallTargets(regions: string): Promise<string[]> {
    return this.page.locator(regions).evaluateAll((containers) =>
      containers.flatMap((container) =>
        Array.from(container.querySelectorAll<HTMLElement>('a[href], button, summary, select, label:has(input)')).flatMap((target) => {
          const box = target.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) return [];
          return box.width < 24 || box.height < 24 ? [`${target.textContent?.trim().slice(0, 30) ?? ''}: ${Math.round(box.width)}×${Math.round(box.height)}`] : [];
        }),
      ),
    );
  }
}
