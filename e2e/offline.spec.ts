import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, expectAccessible, messages } from './fixtures';

/*
 * Offline after one visit (runs in the `offline` project, the only one that lets service workers run).
 * A person opens one page of their country online; then, with the connection off, the troubleshooter, the avoid
 * page, the letter generator and the page they read open from the phone, saying that they are a saved copy.
 */

/** The h1 a page has online, read without the browser (so without the service worker saving it). */
async function headingOnline(request: APIRequestContext, url: string): Promise<string> {
  const html = await (await request.get(url)).text();
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return h1
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();
}

async function firstVisit(page: Page, url: string) {
  await page.goto(url);
  // The footer says so once the pages are saved on this phone.
  await expect(page.locator('#offline-ready')).toBeVisible({ timeout: 60_000 });
}

for (const locale of ['hi', 'ar'] as const) {
  const o = messages(locale, 'offline');

  test(`${locale}: after one visit, the tools and the page read open offline, marked as saved copies`, async ({ page, context, request }) => {
    test.setTimeout(180_000);
    const origins = new Set<string>();
    context.on('request', (r) => origins.add(new URL(r.url()).origin));
    const visited = `/${locale}/contacts/${locale === 'hi' ? 'in' : 'eg'}`;
    const kept = [visited, `/${locale}/troubleshoot`, `/${locale}/troubleshoot/installment`, `/${locale}/avoid`, `/${locale}/letter`];
    const headings = new Map<string, string>();
    for (const url of kept) headings.set(url, await headingOnline(request, url));

    await firstVisit(page, visited);
    await expect(page.locator('#offline-ready')).toHaveText(o.footer);
    await expect(page.locator('#offline-notice')).toBeHidden();

    await context.setOffline(true);
    for (const url of kept) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.get(url)!);
      const notice = page.locator('#offline-notice');
      await expect(notice, url).toBeVisible();
      await expect(notice).toContainText(o.notice.title);
      await expect(notice).toContainText(o.notice.stale);
      // When the copy was saved, in the page's language.
      await expect(notice.locator('[data-saved] time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    }
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expectAccessible(page);

    // The letter generator works offline: its scripts were saved with it. A query only chooses the letter.
    await page.goto(`/${locale}/letter?type=paid-still-locked`);
    const letter = messages(locale, 'letter');
    await page.getByRole('button', { name: letter.form.submit }).click();
    await expect(page.getByRole('alert').filter({ hasText: letter.form.errorSummaryTitle })).toBeFocused();

    // A page never opened: the "not saved on this phone" page, in the same language, with the saved ones.
    await page.goto(`/${locale}/guides/how-the-lock-works`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(o.page.title);
    await expectAccessible(page);
    await page.getByRole('link', { name: o.page.links.avoid }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/avoid$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headings.get(`/${locale}/avoid`)!);

    // Back online: the notice says so and offers the latest version.
    await context.setOffline(false);
    const reload = page.getByRole('button', { name: o.notice.reload });
    await expect(reload).toBeVisible();
    await expect(page.locator('#offline-notice')).toContainText(o.notice.online);
    await reload.click();
    await expect(page.locator('#offline-notice')).toBeHidden();

    expect([...origins], 'the page and its service worker only ever asked this origin').toEqual([new URL(page.url()).origin]);
  });
}

test('pages with a query are never saved: what someone searched for stays off the phone', async ({ page, context }) => {
  test.setTimeout(120_000);
  await firstVisit(page, '/en/troubleshoot');
  await page.goto('/en/search?q=payjoy');
  await page.goto('/en/lenders?q=payjoy');
  await page.goto('/en/letter?type=paid-still-locked&country=ke');
  const saved = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
    return urls;
  });
  const pages = saved.filter((u) => !new URL(u).pathname.startsWith('/_next/'));
  expect(pages.some((u) => u.endsWith('/en/troubleshoot'))).toBe(true);
  expect(pages.filter((u) => u.includes('?') && !u.includes('__WB_REVISION__'))).toEqual([]);
  expect(pages.some((u) => u.includes('payjoy'))).toBe(false);
  await context.setOffline(true);
  await page.goto('/en/search?q=payjoy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages('en', 'offline').page.title);
});
