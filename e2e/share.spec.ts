import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, recordCspViolations, messages } from './fixtures';

/** Reads a QR code the way a phone camera would: from pixels. */
async function decodeQr(el: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await el.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The built link, as a path on the server under test (the site's own host may differ in tests). */
function local(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

async function builtUrl(page: Page): Promise<string> {
  return (await page.getByTestId('share-url').textContent()) ?? '';
}

test.describe.configure({ timeout: 120_000 });

for (const locale of ['en', 'ar'] as const) {
  const t = messages(locale, 'share');
  const recipient = locale === 'en' ? 'ar' : 'en';
  const r = messages(recipient, 'share');

  test.describe(locale, () => {
    test('every page in the list has its own name, so a support team can tell the steps apart', async ({ page }) => {
      await page.goto(`/${locale}/share`);
      const names = await page.getByLabel(t.page, { exact: true }).locator('option').allTextContents();
      expect(names.length).toBeGreaterThan(20);
      const seen = new Map<string, number>();
      for (const name of names) seen.set(name.trim(), (seen.get(name.trim()) ?? 0) + 1);
      expect([...seen].filter(([, n]) => n > 1).map(([name]) => name)).toEqual([]);
    });

    test('builds a link for each destination type; each opens the right page; QR decodes to it', async ({ page }) => {
      await page.goto(`/${locale}/share`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
      await page.getByLabel(t.lang).selectOption(recipient);
      // The QR code is drawn on request (its library is not part of the page); then it follows every change.
      await expect(page.getByRole('img', { name: t.qr })).toHaveCount(0);
      await page.getByRole('button', { name: t.showQr }).click();
      await expect(page.getByRole('img', { name: t.qr })).toBeVisible();

      const cases: { group: string; pick?: (p: Page) => Promise<void>; path: RegExp; heading?: RegExp }[] = [
        {
          group: 'troubleshoot',
          pick: async (p) => {
            // An outcome behind the country question: the chosen country goes into the trail.
            await p.getByLabel(t.page, { exact: true }).selectOption('troubleshoot:pay-now');
            await p.getByLabel(t.country, { exact: true }).selectOption('in');
          },
          path: new RegExp(`^/${recipient}/troubleshoot/.*\\bin\\b`),
        },
        {
          group: 'lenders',
          pick: (p) =>
            p
              .getByLabel(t.page, { exact: true })
              .selectOption('lender:payjoy')
              .then(() => {}),
          path: new RegExp(`^/${recipient}/lenders/payjoy$`),
          heading: /PayJoy/,
        },
        {
          group: 'contacts',
          pick: (p) =>
            p
              .getByLabel(t.page, { exact: true })
              .selectOption('contacts:mx')
              .then(() => {}),
          path: new RegExp(`^/${recipient}/contacts/mx$`),
        },
        {
          group: 'letter',
          pick: async (p) => {
            await p.getByLabel(t.page, { exact: true }).selectOption('letter:paid-still-locked');
            await p.getByLabel(t.country, { exact: true }).selectOption('in');
            await p.getByLabel(t.lender, { exact: true }).selectOption('payjoy');
            await p.getByLabel(t.letterLang).selectOption('hi');
          },
          path: new RegExp(`^/${recipient}/letter\\?type=paid-still-locked&lender=payjoy&country=in&lang=hi$`),
        },
        {
          group: 'guides',
          pick: (p) =>
            p
              .getByLabel(t.page, { exact: true })
              .selectOption('guide:find-your-imei')
              .then(() => {}),
          path: new RegExp(`^/${recipient}/guides/find-your-imei$`),
        },
      ];

      for (const c of cases) {
        await page.getByLabel(t.what).selectOption(c.group);
        await c.pick?.(page);
        const url = await builtUrl(page);
        expect(local(url), c.group).toMatch(c.path);
        expect(await decodeQr(page.getByRole('img', { name: t.qr })), `QR for ${c.group}`).toBe(url);

        // The message is in the recipient's language and carries the URL; the send links carry the message.
        const message = await page.locator('#share-message').inputValue();
        expect(message.startsWith(r.template.split('{title}')[0])).toBe(true);
        expect(message.endsWith(url)).toBe(true);
        const wa = await page.getByRole('link', { name: t.whatsapp }).getAttribute('href');
        expect(new URL(wa ?? '').searchParams.get('text')).toBe(message);
        const sms = await page.getByRole('link', { name: t.sms }).getAttribute('href');
        expect(decodeURIComponent((sms ?? '').replace('sms:?&body=', ''))).toBe(message);

        const opened = await page.context().newPage();
        const res = await opened.goto(local(url));
        expect(res?.status(), url).toBe(200);
        await expect(opened.locator('html')).toHaveAttribute('lang', recipient);
        if (c.heading) await expect(opened.getByRole('heading', { level: 1 })).toHaveText(c.heading);
        await opened.close();
      }
      await expectAccessible(page);
    });

    test('a QR code that cannot load says so, keeps the link, and can be asked for again', async ({ page }) => {
      await page.goto(`/${locale}/share`);
      const show = page.getByRole('button', { name: t.showQr });
      await expect(show).toBeVisible();
      const url = await builtUrl(page);
      // The connection drops after the page has loaded: the QR code's script cannot be fetched.
      await page.route('**/_next/static/**', (route) => route.abort('internetdisconnected'));
      await show.click();
      await expect(page.getByRole('alert').filter({ hasText: t.qrFailed })).toBeVisible();
      expect(await builtUrl(page)).toBe(url);
      await page.unroute('**/_next/static/**');
      await show.click();
      expect(await decodeQr(page.getByRole('img', { name: t.qr }))).toBe(url);
      await expect(page.getByText(t.qrFailed)).toHaveCount(0);
    });

    test('without JavaScript the page lists plain links', async ({ browser, baseURL }) => {
      const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await ctx.newPage();
      await page.goto(`/${locale}/share`);
      await expect(page.getByRole('heading', { name: t.common })).toBeVisible();
      await expect(page.getByLabel(t.what)).toHaveCount(0);
      await page.getByRole('main').getByText(t.groups.lenders, { exact: true }).click();
      await expect(page.locator(`main a[href="/${locale}/lenders/payjoy"]`)).toBeVisible();
      await ctx.close();
    });

    test('link previews are localized and absolute; JSON-LD raises no CSP report', async ({ page, request }) => {
      const csp = await recordCspViolations(page);
      const title = messages(locale, 'home').metaTitle as string;
      await page.goto(`/${locale}/guides/find-your-imei`);
      const og = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content');
      const ogTitle = await og('og:title');
      expect(ogTitle).toBeTruthy();
      if (locale === 'ar') expect(ogTitle).toMatch(/[\u0600-\u06FF]/);
      expect(await og('og:locale')).toBe(locale);
      const img = (await og('og:image')) ?? '';
      expect(img).toMatch(new RegExp(`^https?://[^/]+/og/${locale}/guide-find-your-imei\\.png$`));
      expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
      const res = await request.get(local(img));
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(ld['@type']).toBe('Article');
      expect(ld.inLanguage).toBe(locale);
      expect(await csp()).toEqual([]);
      // The home page has its own title on its preview.
      await page.goto(`/${locale}`);
      expect(await og('og:title')).toBe(title);
    });

    test('an outcome prints as a handout: no navigation, URLs shown, QR of the page', async ({ page }) => {
      await page.goto(`/${locale}/share`);
      await page.getByLabel(t.page, { exact: true }).selectOption('troubleshoot:pay-now');
      const path = local(await builtUrl(page));
      await page.goto(path);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(ld['@type']).toBe('HowTo');
      expect(ld.step.length).toBeGreaterThan(0);
      const printQr = page.locator('.print-qr');
      await expect(printQr).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('contentinfo')).toBeHidden();
      await expect(printQr).toBeVisible();
      const qrUrl = await decodeQr(printQr.locator('svg'));
      expect(qrUrl && local(qrUrl)).toBe(path);
      const after = await page
        .locator('main a[href^="/"]')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain(`/${locale}/`);
      await page.screenshot({ path: `test-results/share-print-${locale}.png`, fullPage: true });
    });
  });
}
