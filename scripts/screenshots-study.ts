// npm run screenshots:study — the README's pictures of the review card and the progress view, taken from
// the built site (run `npm run build` first) with Playwright's Chromium: a learner's store seeded
// with three words from an article and two weeks of reviews (lib/study, so the figures are the
// scheduler's own), the clock fixed. Writes small PNGs to docs/screenshots/.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { Rating } from 'ts-fsrs';
import { getAnalysedArticle } from '../lib/article';
import { findChromium } from './find-chromium.mjs';
import { applyGrade, dueItems } from '../lib/study/review-queue';
import { writeStore, type SavedWord } from '../lib/study/saved-words';
import { emptyStudyData } from '../lib/study/study-model';
import { STORAGE_KEY } from '../lib/client/storage-keys';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4190);
const SLUG = 'nga-trieu-tien-xich-lai-gan-nhau';
const TODAY = new Date('2026-11-30T09:00:00');
const DAY = 24 * 60 * 60 * 1000;

function seededStore(): string {
  const article = getAnalysedArticle(SLUG);
  if (!article) throw new Error(`no article ${SLUG}`);
  const sentence = (id: string) => article.units.find((unit) => unit.id === id);
  const word = (text: string, unit: string, meaning: string, han: string): SavedWord => ({
    word: text,
    pos: 'verb',
    meaning,
    han,
    sentenceVi: sentence(unit)?.vi.text ?? '',
    sentenceEn: sentence(unit)?.en?.text ?? '',
    article: SLUG,
    unit,
    link: `/en/articles/${SLUG}/#${unit}`,
    savedAt: new Date(TODAY.getTime() - 14 * DAY).toISOString(),
  });
  let data = emptyStudyData([
    word('có hiệu lực', 's5', 'to take effect', ''),
    word('ký kết', 's1', 'to sign (a treaty)', '簽結'),
    word('quan hệ', 's1', 'relations', '關係'),
  ]);
  // Two weeks of daily sessions, some answers forgotten, so the chart has something to show.
  for (let back = 13; back >= 0; back--) {
    const now = new Date(TODAY.getTime() - back * DAY - 60 * 60 * 1000);
    for (const [index, item] of dueItems(data, now).entries()) data = applyGrade(data, item, (back + index) % 4 === 0 ? Rating.Again : Rating.Good, now);
  }
  // Today: the recognition card of the first word is due again.
  const first = `recognition:${SLUG}:s5:có hiệu lực`;
  const card = data.cards[first];
  if (card) data = { ...data, cards: { ...data.cards, [first]: { ...card, due: new Date(TODAY.getTime() - DAY).toISOString() } } };
  return writeStore(data);
}

async function main() {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
  try {
    const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox'] });
    const page = await browser.newPage({ viewport: { width: 720, height: 900 }, deviceScaleFactor: 1 });
    await page.clock.setFixedTime(TODAY);
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key ?? '', value ?? ''), [STORAGE_KEY.savedWords, seededStore()]);
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goto(`http://127.0.0.1:${PORT}/en/review/`);
        break;
      } catch (error) {
        if (attempt > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await page.getByRole('group', { name: /How well/ }).waitFor();
    const shots = [
      { file: 'docs/screenshots/review-card.png', target: page.locator('.review-card') },
      { file: 'docs/screenshots/progress.png', target: page.locator('.review-progress') },
    ];
    for (const { file, target } of shots) {
      await target.screenshot({ path: file, animations: 'disabled' });
      console.log(`${file}: ${(statSync(file).size / 1024).toFixed(1)} kB`);
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

await main();
