// npm run screenshots:reading — the README's pictures of the reading design: an article and a word card on
// a phone (390×844) and a desktop (1280×800), taken from a running `npm start` (BASE_URL, default
// http://127.0.0.1:3000), written to docs/screenshots/ as palette PNGs (sharp) so each stays small.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import sharp from 'sharp';
import { STORAGE_KEY } from '../lib/client/storage-keys';
import { findChromium } from './find-chromium.mjs';

const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const OUT = 'docs/screenshots';
const SLUG = 'nga-trieu-tien-xich-lai-gan-nhau';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

interface Shot {
  name: string;
  viewport: { width: number; height: number };
  path: string;
  /** What to do once the page has loaded, before the picture. */
  then?: (page: Page) => Promise<void>;
  study?: boolean;
}

async function openWordCard(page: Page) {
  await page.locator('.cell-vi[data-align="s5"] .word', { hasText: /^Hiệp ước$/ }).click();
  await page.getByRole('dialog').getByText('treaty').first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const shots: Shot[] = [
  { name: 'article-phone', viewport: PHONE, path: `/vi/articles/${SLUG}/` },
  { name: 'article-desktop', viewport: DESKTOP, path: `/en/articles/${SLUG}/` },
  { name: 'word-card-phone', viewport: PHONE, path: `/en/articles/${SLUG}/`, study: true, then: openWordCard },
  { name: 'word-card-desktop', viewport: DESKTOP, path: `/en/articles/${SLUG}/`, study: true, then: openWordCard },
];

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox'] });
mkdirSync(OUT, { recursive: true });
for (const shot of shots) {
  const context = await browser.newContext({ viewport: shot.viewport, colorScheme: 'light', hasTouch: shot.viewport === PHONE });
  if (shot.study) await context.addInitScript((key) => window.localStorage.setItem(key, 'on'), STORAGE_KEY.study);
  const page = await context.newPage();
  await page.goto(new URL(shot.path, BASE_URL).href);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await shot.then?.(page);
  const png = await sharp(await page.screenshot()).png({ palette: true, colours: 96, compressionLevel: 9 }).toBuffer();
  const file = join(OUT, `${shot.name}.png`);
  writeFileSync(file, png);
  console.log(`${file}: ${(statSync(file).size / 1024).toFixed(1)} kB`);
  await context.close();
}
await browser.close();
