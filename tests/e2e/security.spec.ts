import { expect, test } from './fixtures';
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
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy, path).toContain("script-src 'self'");
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(response?.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response?.headers()['referrer-policy'], path).toBeTruthy();
    expect(response?.headers()['permissions-policy'], path).toBeTruthy();
    expect(policy, path).toContain("frame-ancestors 'none'");
  }
  await page.goto(`/en/articles/${sample.slug}/`);
  await expect(page.getByRole('radio', { name: 'Interlinear' })).toBeEnabled();
  expect(violations).toEqual([]);
  expect(offsite).toEqual([]);
});
