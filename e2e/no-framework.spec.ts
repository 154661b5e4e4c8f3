import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect, messages, recordCspViolations } from './fixtures';

/*
 * Content pages ship no framework JavaScript (docs/ARCHITECTURE.md): no script of Next's or React's runtime, only the
 * page's own small enhancement modules from /enhance/, at most 15 KiB gzipped in all. Interactive tools (the letter
 * generator, the link builder) keep React: that case is asserted too, so the check is seen to tell them apart.
 */
const contentPages = [
  ['home', '/en'],
  ['troubleshooter question', '/ar/troubleshoot/installment'],
  ['troubleshooter outcome', '/en/troubleshoot/installment/not-paid/yes/no/in'],
  ['avoid', '/hi/avoid'],
  ['guides', '/en/guides'],
  ['guide', '/ur/guides/find-your-imei'],
  ['lender lookup', '/en/lenders?q=home+credit'],
  ['lender page', '/ar/lenders/home-credit-india'],
  ['contacts', '/en/contacts'],
  ["a country's contacts", '/en/contacts/sg'],
  ['second-hand', '/en/second-hand'],
  ['search results', '/ar/search?q=imei'],
  ['offline page', '/en/offline'],
  ['page not found', '/hi/guides/no-such-guide'],
] as const;

/** Every script the page loaded, with its size gzipped, and what its HTML holds. */
async function scriptsOf(page: Page, path: string) {
  const loaded: { url: string; gz: number }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'script') return;
    loaded.push({ url: new URL(r.url()).pathname, gz: zlib.gzipSync(await r.body(), { level: 9 }).length });
  });
  const response = await page.goto(path);
  const html = (await response?.text()) ?? '';
  await page.waitForLoadState('networkidle');
  return { loaded, html };
}

for (const [name, path] of contentPages) {
  test(`${name} (${path}): no framework script, its own modules under 15 KiB gzipped`, async ({ page }) => {
    const { loaded, html } = await scriptsOf(page, path);
    expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
    expect(html).not.toContain('self.__next_f');
    expect(html).toContain('<script type="module" src="/enhance/main.js">');
    expect(loaded.length).toBeGreaterThan(0);
    for (const s of loaded) expect(s.url, 'only the enhancement modules').toMatch(/^\/enhance\//);
    const total = loaded.reduce((sum, s) => sum + s.gz, 0);
    expect(total, loaded.map((s) => `${s.url} ${s.gz}`).join(', ')).toBeLessThanOrEqual(15 * 1024);
  });
}

test('the letter generator, an interactive tool, keeps React', async ({ page }) => {
  const { loaded, html } = await scriptsOf(page, '/en/letter');
  expect(html).toContain('self.__next_f');
  expect(loaded.some((s) => s.url.startsWith('/_next/static/chunks/'))).toBe(true);
});

test('the enhancements run under the strict CSP, and the interactive tool still hydrates', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await recordCspViolations(page);
  const share = messages('en', 'troubleshoot').share;
  // A content page: the share button is drawn by the enhancement module, which copies this page's address.
  await page.goto('/en/troubleshoot/installment/not-paid/yes/no/in');
  await page.getByRole('button', { name: share.copy }).click();
  await expect(page.getByRole('status').filter({ hasText: share.copied })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/troubleshoot\/installment\/not-paid\/yes\/no\/in$/);
  // The letter page: React hydrated, so submitting the empty form shows the error summary without a reload.
  const letter = messages('en', 'letter');
  await page.goto('/en/letter');
  await page.getByRole('button', { name: letter.form.submit }).click();
  await expect(page.getByRole('alert').filter({ hasText: letter.form.errorSummaryTitle })).toBeFocused();
  expect(await violations()).toEqual([]);
});
