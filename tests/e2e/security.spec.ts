import { expect, test, visit } from './fixtures';
import { articles } from './site-data';

const [sample] = articles;
if (!sample) throw new Error('no articles to test');
const PAGES = ['/', '/en/', '/vi/', `/en/articles/${sample.slug}/`, `/vi/articles/${sample.slug}/`, '/en/entities/', '/vi/search/?q=binh', '/en/timeline/', '/en/data/', '/en/no-such-page/'];

test('pages run under a strict CSP without violations and never leave the origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const offsite: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) offsite.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  for (const path of PAGES) {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    // The page's own policy is its <meta http-equiv> (sha256 of its inline scripts); the header is
    // one site-wide policy with frame-ancestors, which a meta policy cannot carry. Both apply.
    const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(metas, path).toHaveCount(1);
    const policy = (await metas.getAttribute('content')) ?? '';
    expect(policy, path).toContain("script-src 'self'");
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy, path).toContain("default-src 'self'");
    // Nothing before the policy in <head> may be a script: a meta policy covers only what follows it.
    const scriptBeforePolicy = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      return [...document.scripts].some((script) => meta !== null && (script.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    });
    expect(scriptBeforePolicy, path).toBe(false);
    const header = headers['content-security-policy'] ?? '';
    expect(header, path).toContain("frame-ancestors 'none'");
    expect(header, path).not.toMatch(/'unsafe-(inline|eval)'/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBeTruthy();
    expect(headers['permissions-policy'], path).toBeTruthy();
    expect(headers['strict-transport-security'], path).toMatch(/max-age=(\d+); includeSubDomains/);
    expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1] ?? 0), path).toBeGreaterThanOrEqual(15_768_000);
    expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
  }
  await visit(page, `/en/articles/${sample.slug}/`);
  await page.getByRole('button', { name: 'Aa Layout and annotations' }).click();
  await expect(page.getByRole('radio', { name: 'Interlinear' })).toBeEnabled();
  expect(violations).toEqual([]);
  expect(offsite).toEqual([]);
});

test('a 10,000-character search query (typed or linked) is capped and the page stays responsive', async ({ page }) => {
  await visit(page, `/en/search/?q=${'binh '.repeat(2000)}`);
  const box = page.locator('#search-query');
  await expect(box).toHaveValue(/^binh/);
  expect((await box.inputValue()).length).toBeLessThanOrEqual(200);
  const started = Date.now();
  await box.fill('x'.repeat(10_000));
  expect((await box.inputValue()).length).toBeLessThanOrEqual(200);
  await box.fill('binh');
  await expect(page.locator('.search-summary')).toContainText('binh');
  expect(Date.now() - started).toBeLessThan(5000);
});
