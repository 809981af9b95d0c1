// npm run screenshots:workbench — the README's workbench screenshots (docs/screenshots/), taken from
// the real workbench over a temporary copy of content/ with the test fixture draft added, in
// Chromium at device scale 1 (each PNG stays small).
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const SLUG = 'viet-nam-va-nga-thuc-day-hop-tac-nghe-ca';
const OUT = 'docs/screenshots';
const TOKEN = 'screenshots';

const base = mkdtempSync(join(tmpdir(), 'song-ngu-screenshots-'));
const root = join(base, 'content');
cpSync('content', root, { recursive: true });
cpSync(join('tests/fixtures/workbench/articles', `${SLUG}.md`), join(root, 'articles', `${SLUG}.md`));
process.env.SONG_NGU_CONTENT_DIR = root;
const { startWorkbench } = await import('../lib/workbench/server/start');
const { server, port } = await startWorkbench({ root, port: 0, token: TOKEN });
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium: set CHROME_PATH');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'] });
mkdirSync(OUT, { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/?token=${TOKEN}`);
  await page.screenshot({ path: join(OUT, 'workbench-articles.png') });

  await page.setViewportSize({ width: 1000, height: 660 });
  await page.goto(`http://127.0.0.1:${port}/edit/${SLUG}`);
  const s1 = page.locator('#wb-en-s1');
  await s1.fill('The two countries’ agriculture ministers met in Hanoi to discuss fisheries cooperation.');
  await page.locator('#wb-en-s2').focus();
  await page.locator('#wb-helper').waitFor();
  await page.locator('#wb-unit-s1').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, (document.getElementById('wb-unit-s1')?.getBoundingClientRect().top ?? 0) + window.scrollY - 90));
  await page.screenshot({ path: join(OUT, 'workbench-editor.png') });

  const phone = await browser.newPage({ viewport: { width: 390, height: 760 }, deviceScaleFactor: 1 });
  await phone.goto(`http://127.0.0.1:${port}/?token=${TOKEN}&lang=vi`);
  await phone.goto(`http://127.0.0.1:${port}/edit/${SLUG}`);
  await phone.locator('#wb-en-s3').focus();
  await phone.evaluate(() => window.scrollTo(0, (document.getElementById('wb-unit-s3')?.getBoundingClientRect().top ?? 0) + window.scrollY - 110));
  await phone.screenshot({ path: join(OUT, 'workbench-phone-vi.png') });
  for (const name of ['workbench-articles.png', 'workbench-editor.png', 'workbench-phone-vi.png']) console.log(`${OUT}/${name}: ${(statSync(join(OUT, name)).size / 1024).toFixed(1)} kB`);
} finally {
  await browser.close();
  server.close();
  rmSync(base, { recursive: true, force: true });
}
