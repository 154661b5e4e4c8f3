import type { Page } from '@playwright/test';
import { test, expect, messages } from './fixtures';
import { hostilePayloads } from './hostile-payloads';

/**
 * Hostile input at every query parameter, path segment and form field:
 * no 5xx, no raw reflection of markup, no script execution, and the page
 * still answers in the reader's language.
 */
test.describe.configure({ timeout: 240_000 });

/** Markup that would run or break out of its context if a page echoed it unescaped (`<!--` occurs in any React page). */
const isMarkup = (p: string) => /<[a-z/]/i.test(p);
const dangerous = hostilePayloads.filter(isMarkup);

function expectInert(html: string, payload: string, where: string) {
  if (isMarkup(payload)) expect(html.includes(payload), `${where} reflects raw markup`).toBe(false);
  expect(/href\s*=\s*["']?\s*javascript:/i.test(html), `${where} has a javascript: link`).toBe(false);
}

const queryTargets: [string, (p: string) => string][] = [
  ['lender lookup q', (p) => `/en/lenders?q=${encodeURIComponent(p)}`],
  ['lender lookup country', (p) => `/ar/lenders?q=home&country=${encodeURIComponent(p)}`],
  ['site search q', (p) => `/ar/search?q=${encodeURIComponent(p)}`],
  ['site search removed', (p) => `/ur/search?q=reset&removed=${encodeURIComponent(p)}`],
  ['lender lookup removed', (p) => `/en/lenders?removed=${encodeURIComponent(p)}`],
  [
    'letter prefill',
    (p) => `/en/letter?type=${encodeURIComponent(p)}&lender=${encodeURIComponent(p)}&country=${encodeURIComponent(p)}&lang=${encodeURIComponent(p)}`,
  ],
  ['troubleshooter query', (p) => `/hi/troubleshoot/installment?${encodeURIComponent(p)}=${encodeURIComponent(p)}`],
];

const pathTargets: [string, (p: string) => string][] = [
  ['troubleshooter answer', (p) => `/en/troubleshoot/installment/${p}`],
  ['lender id', (p) => `/ar/lenders/${p}`],
  ['country', (p) => `/en/contacts/${p}`],
  ['guide slug', (p) => `/hi/guides/${p}`],
  ['locale segment', (p) => `/${p}`],
  ['page under a locale', (p) => `/es/${p}`],
];

test('every query parameter survives every payload', async ({ request }) => {
  for (const [name, url] of queryTargets) {
    for (const payload of hostilePayloads) {
      const res = await request.get(url(payload), { maxRedirects: 0 });
      const where = `${name} with ${JSON.stringify(payload.slice(0, 40))}`;
      expect(res.status(), where).toBeLessThan(500);
      expectInert(await res.text(), payload, where);
    }
  }
});

test('every path segment survives every payload, encoded and raw', async ({ request, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  for (const [name, url] of pathTargets) {
    for (const payload of hostilePayloads) {
      for (const segment of new Set([encodeURIComponent(payload), payload.replace(/[\s#?]/g, '')])) {
        if (!segment) continue;
        const where = `${name} with ${JSON.stringify(segment.slice(0, 40))}`;
        // A raw segment such as "//host" makes a URL for another host: no request of it would reach this server.
        let target: URL;
        try {
          target = new URL(url(segment), origin);
        } catch {
          continue;
        }
        if (target.origin !== origin) continue;
        let res;
        try {
          res = await request.get(url(segment), { maxRedirects: 0 });
        } catch (e) {
          // Only the client's own refusal to send a malformed URL is skipped (nothing reached the server); a crash,
          // a reset connection or a timeout fails the test.
          if (/invalid url|malformed|ERR_INVALID_URL|Invalid character/i.test(String(e))) continue;
          throw e;
        }
        expect(res.status(), where).toBeLessThan(500);
        if (res.status() === 404) expectInert(await res.text(), payload, where);
      }
    }
  }
});

/** True once a payload's handler has run on this page (the init script resets the flag on every page). */
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned === true);

const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function watchForScripts(page: Page) {
  const ran: string[] = [];
  page.on('dialog', async (d) => {
    ran.push(d.message());
    await d.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { __pwned: boolean }).__pwned = false;
  });
  return ran;
}

test('no payload runs as script when a page shows it (search, lender lookup, letter prefill)', async ({ page }) => {
  const ran = await watchForScripts(page);
  const search = messages('ar', 'search');
  for (const payload of dangerous) {
    await page.goto(`/ar/search?q=${encodeURIComponent(payload)}`);
    // The page answers in Arabic (results or none: a payload may share a word such as "data" with a page) and shows
    // the query as text inside its heading.
    const heading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
    await expect(heading).toHaveText(new RegExp(`^(${[search.resultsFor, search.noResults].map((t) => escapeRe(t.split('“')[0] as string)).join('|')})`));
    const shown = payload.trim().replace(/\s+/g, ' ').slice(0, 30);
    if (/^[\x20-\x7e]+$/.test(payload) && !/\d{8}/.test(payload)) await expect(heading).toContainText(shown);
    expect(await pwned(page), `search ran ${payload}`).toBe(false);
    await page.goto(`/en/lenders?q=${encodeURIComponent(payload)}`);
    expect(await pwned(page), `lender lookup ran ${payload}`).toBe(false);
    await page.goto(`/en/letter?lender=${encodeURIComponent(payload)}&type=${encodeURIComponent(payload)}`);
    await page.waitForLoadState('load');
    expect(await pwned(page), `letter prefill ran ${payload}`).toBe(false);
  }
  expect(ran).toEqual([]);
});

test('no payload runs or is lost in the letter form', async ({ page }) => {
  test.setTimeout(600_000);
  const ran = await watchForScripts(page);
  await page.goto('/en/letter');
  await page.getByRole('radio').nth(1).check();
  const fields = page.locator('form input[type="text"], form input:not([type]), form textarea');
  await expect(fields.first()).toBeVisible();
  const count = await fields.count();
  expect(count).toBeGreaterThan(3);
  for (const payload of hostilePayloads) {
    const value = payload.replace(/\u0000/g, '');
    for (let i = 0; i < count; i++) await fields.nth(i).fill(value);
    // What was typed stays in the fields (a one-line field turns line breaks into spaces or drops them).
    const noSpace = (v: string) => v.replace(/\s/g, '');
    expect(noSpace(await fields.first().inputValue())).toBe(noSpace(value));
  }
  expect(ran).toEqual([]);
});

test('no payload runs in the IMEI checker and the seller declaration', async ({ page }) => {
  test.setTimeout(600_000);
  const ran = await watchForScripts(page);
  await page.goto('/en/second-hand');
  const inputs = page.locator('main input[type="text"], main input:not([type]), main textarea');
  // The checker and the declaration appear once the page's JavaScript runs.
  await expect(inputs.first()).toBeVisible();
  const n = await inputs.count();
  expect(n).toBeGreaterThan(1);
  for (const payload of hostilePayloads) {
    const value = payload.replace(/\u0000/g, '');
    for (let i = 0; i < n; i++) await inputs.nth(i).fill(value);
    await page
      .getByRole('button')
      .filter({ hasText: /check|make|create/i })
      .first()
      .click();
  }
  expect(ran).toEqual([]);
  expect(await pwned(page)).toBe(false);
});
