import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';

type Msgs = {
  title: string;
  form: Record<string, string>;
  fields: Record<string, { label: string }>;
  errors: { required: Record<string, string>; imei: Record<string, string>; tooLong: string };
  preview: Record<string, string>;
  noscript: { title: string };
};
const content = path.join(process.cwd(), 'content');
const msgs = (l: string) => JSON.parse(readFileSync(path.join(content, l, 'messages', 'letter.json'), 'utf8')) as Msgs;
const letterTitle = (l: string, type: string) => matter(readFileSync(path.join(content, l, 'letters', `${type}.mdx`), 'utf8')).data.title as string;

const person = {
  fullName: 'Asha Verma-Test',
  contact: 'asha.test@example.com',
  imeiBad: '490154203237519',
  imei: '4901 5420 3237 518',
  reference: 'UTR-77A9-QX31',
};

/** Every request the page makes, with any body, to prove no typed value leaves the page. */
function logRequests(page: Page): string[] {
  const log: string[] = [];
  page.on('request', (r) => log.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
  return log;
}

const field = (page: Page, m: Msgs, id: string) => page.getByLabel(m.fields[id]!.label, { exact: false }).first();

for (const locale of ['en', 'ar'] as const) {
  const m = msgs(locale);

  test(`${locale}: fill, fix errors, preview, copy, download, print, keep and clear the draft`, async ({ page, context }) => {
    // A long walk with two axe runs; shared CI machines are slow.
    test.setTimeout(240_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const log = logRequests(page);
    await page.goto(`/${locale}/letter`);
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.title);

    await page.getByRole('radio', { name: letterTitle(locale, 'paid-still-locked') }).check();
    await page.getByRole('button', { name: m.form.submit }).click();
    // Next.js has its own (empty) route announcer with the alert role.
    const summary = page.getByRole('alert').filter({ hasText: m.form.errorSummaryTitle! });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText(m.form.errorSummaryTitle!);
    for (const f of ['fullName', 'contact', 'imei', 'lender', 'paymentDate', 'paymentAmount', 'paymentCurrency', 'paymentMethod']) {
      await expect(summary.getByRole('link', { name: m.errors.required[f]!, exact: true })).toBeVisible();
      // Inline message with the same words.
      await expect(page.locator(`#letter-${f}-error`)).toHaveText(m.errors.required[f]!);
    }
    await summary.getByRole('link', { name: m.errors.required.fullName!, exact: true }).click();
    await expect(page.locator('#letter-fullName')).toBeFocused();
    await expectAccessible(page);

    await page.locator('#letter-fullName').fill(person.fullName);
    await page.locator('#letter-contact').fill(person.contact);
    await page.getByLabel(m.fields.imei!.label, { exact: true }).fill(person.imeiBad);
    await field(page, m, 'lender').fill('Acme Device Credit');
    await page.locator('#letter-paymentDate').fill('2026-01-15');
    await page.locator('#letter-paymentAmount').fill('2500');
    await page.locator('#letter-paymentCurrency').fill('INR');
    await page.locator('#letter-paymentMethod').fill('UPI');
    await page.locator('#letter-paymentReference').fill(person.reference);
    await page.getByRole('button', { name: m.form.submit }).click();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(1);
    await expect(summary.getByRole('link')).toHaveText(m.errors.imei.checksum!);
    await expect(page.locator('#letter-imei-error')).toHaveText(m.errors.imei.checksum!);
    // Nothing typed is cleared.
    await expect(page.locator('#letter-imei')).toHaveValue(person.imeiBad);
    await expect(page.locator('#letter-fullName')).toHaveValue(person.fullName);

    await page.locator('#letter-imei').fill(person.imei);
    await page.getByRole('button', { name: m.form.submit }).click();
    await expect(summary).toHaveCount(0);
    await expect(page.getByRole('heading', { name: m.preview.title })).toBeFocused();
    const letter = page.locator('#letter-output');
    await expect(letter).toHaveAttribute('lang', locale);
    await expect(letter).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expect(letter).toContainText(person.fullName);
    await expect(letter).toContainText('490154203237518');
    await expect(letter).toContainText(person.reference);
    await expect(letter.locator('bdi[data-field="imei"]').first()).toHaveAttribute('dir', 'ltr');
    await expectAccessible(page);

    await page.getByRole('button', { name: m.preview.copy }).click();
    await expect(page.getByRole('status').filter({ hasText: m.preview.copied! })).toBeVisible();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain(person.fullName);
    expect(clip).toContain('490154203237518');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m.preview.download }).click()]);
    expect(download.suggestedFilename()).toBe(`letter-paid-still-locked-${locale}.txt`);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text).toContain(person.fullName);
    expect(text).toContain(person.reference);
    expect(text.trim()).toBe(clip.trim());

    const email = page.getByRole('link', { name: m.preview.email });
    const href = (await email.getAttribute('href')) as string;
    expect(href).toMatch(/^mailto:\?subject=/);
    expect(href).not.toMatch(/[\s#]/);
    const body = new URL(href).searchParams.get('body') as string;
    expect(body).toContain(person.fullName);
    expect(body).toContain('\r\n');

    await page.emulateMedia({ media: 'print' });
    await expect(letter).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(page.getByRole('button', { name: m.preview.copy })).toBeHidden();
    await expect(page.locator('#letter-fullName')).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await page.reload();
    await expect(page.locator('#letter-fullName')).toHaveValue(person.fullName);
    await expect(page.locator('#letter-paymentReference')).toHaveValue(person.reference);
    await expect(page.getByRole('radio', { name: letterTitle(locale, 'paid-still-locked') })).toBeChecked();
    await expect(page.getByText(m.form.saved!)).toBeVisible();

    await page.getByRole('button', { name: m.form.clear }).click();
    await page.getByRole('button', { name: m.form.clearYes }).click();
    await expect(page.getByRole('status').filter({ hasText: m.form.cleared! })).toBeVisible();
    await expect(page.locator('#letter-fullName')).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('letter')))).toEqual([]);
    await page.reload();
    await page.getByRole('radio', { name: letterTitle(locale, 'paid-still-locked') }).check();
    await expect(page.locator('#letter-fullName')).toHaveValue('');

    const leaked = log.filter((r) =>
      [person.fullName, 'Asha', '490154203237518', person.imeiBad, person.reference, person.contact].some(
        (v) => r.includes(v) || r.includes(encodeURIComponent(v)),
      ),
    );
    expect(leaked).toEqual([]);
    expect(log.length).toBeGreaterThan(0);
  });

  test(`${locale}: hostile input stays inert text`, async ({ page }) => {
    test.slow();
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    await page.goto(`/${locale}/letter`);
    await page.getByRole('radio', { name: letterTitle(locale, 'dispute-lock') }).check();
    const script = '<script>alert(1)</script>';
    const img = '"><img src=x onerror=alert(1)>';
    await page.locator('#letter-fullName').fill(`${script} \u202Eevil 😀`);
    await page.locator('#letter-contact').fill('+91 98765 43210');
    await page.locator('#letter-imei').fill('490154203237518');
    await page.locator('#letter-lender').fill(img);
    await page.locator('#letter-details').fill('x'.repeat(10_000));
    await page.getByRole('button', { name: m.form.submit }).click();
    const tooLong = m.errors.tooLong.replace('{label}', m.fields.details!.label).replace('{max}', '2000');
    await expect(page.getByRole('alert').filter({ hasText: m.form.errorSummaryTitle! }).getByRole('link')).toHaveText(tooLong);
    await expect(page.locator('#letter-details')).toHaveValue('x'.repeat(10_000));

    await page.locator('#letter-details').fill('Paid on time 🙂 & still locked?');
    await page.getByRole('button', { name: m.form.submit }).click();
    const letter = page.locator('#letter-output');
    await expect(letter).toContainText(script);
    await expect(letter).toContainText(img);
    await expect(letter).toContainText('evil 😀');
    await expect(letter.locator('img, script')).toHaveCount(0);
    expect(await letter.textContent()).not.toContain('\u202E');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test(`${locale}: prefill from the link, with a notice for unknown values`, async ({ page }) => {
    test.slow();
    const other = locale === 'en' ? 'ar' : 'en';
    await page.goto(`/${locale}/letter?type=closure-letter&lang=${other}&fullName=Asha&imei=490154203237518`);
    await expect(page.getByRole('radio', { name: letterTitle(locale, 'closure-letter') })).toBeChecked();
    await expect(page.getByLabel(m.form.letterLocaleLabel!)).toHaveValue(other);
    await expect(page.locator('#letter-output')).toHaveAttribute('dir', other === 'ar' ? 'rtl' : 'ltr');
    // Personal fields are never read from the link.
    await expect(page.locator('#letter-fullName')).toHaveValue('');
    await expect(page.locator('#letter-imei')).toHaveValue('');
    await expect(page.getByText(m.form.prefillTitle!)).toHaveCount(0);

    // The first link's choices were saved as a draft; start this link from an empty device.
    await page.evaluate(() => localStorage.clear());
    await page.goto(`/${locale}/letter?type=bogus&lender=nobody-finance&country=zz&lang=fr`);
    const notice = page.getByRole('status').filter({ hasText: m.form.prefillTitle! });
    await expect(notice).toBeVisible();
    for (const v of ['bogus', 'nobody-finance', 'zz', 'fr']) await expect(notice).toContainText(v);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(page.getByLabel(m.form.letterLocaleLabel!)).toHaveValue(locale);
    expect(new URL(page.url()).search).toBe('?type=bogus&lender=nobody-finance&country=zz&lang=fr');
    await expectAccessible(page);
  });
}

test('ar: the IMEI, phone number and amount typed with Arabic digits are accepted, and the letter carries the IMEI in 0-9', async ({ page }) => {
  const m = msgs('ar');
  await page.goto('/ar/letter?type=paid-still-locked');
  await page.locator('#letter-fullName').fill('سارة');
  await page.locator('#letter-contact').fill('+٢٠ ١٠٠ ١٢٣ ٤٥٦٧');
  await page.locator('#letter-imei').fill('٤٩٠١٥٤٢٠٣٢٣٧٥١٨');
  await field(page, m, 'lender').fill('valU');
  await page.locator('#letter-paymentDate').fill('2026-01-15');
  await page.locator('#letter-paymentAmount').fill('٢٬٥٠٠');
  await page.locator('#letter-paymentCurrency').fill('EGP');
  await page.locator('#letter-paymentMethod').fill('فوري');
  await page.getByRole('button', { name: m.form.submit }).click();
  await expect(page.getByRole('alert').filter({ hasText: m.form.errorSummaryTitle! })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: m.preview.title })).toBeFocused();
  await expect(page.locator('#letter-output')).toContainText('490154203237518');
});

test('another letter language is fetched when chosen, and a failed fetch can be retried (hi page, Tamil letter)', async ({ page }) => {
  test.slow();
  const m = msgs('hi');
  const tamil = 'தமிழ்';
  const log = logRequests(page);
  // The first try fails as if the phone went offline.
  let offline = true;
  await page.route('**/ta/letter/templates.json', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/hi/letter');
  await page.getByRole('radio', { name: letterTitle('hi', 'closure-letter') }).check();
  await field(page, m, 'fullName').fill(person.fullName);
  await page.getByLabel(m.form.letterLocaleLabel!).selectOption('ta');
  const failed = page.getByRole('alert').filter({ hasText: m.form.packFailed!.replace('{language}', tamil) });
  await expect(failed).toBeVisible();
  await expectAccessible(page);
  offline = false;
  await failed.getByRole('button', { name: m.form.packRetry }).click();
  await page.getByRole('button', { name: m.form.submit }).click();
  const letter = page.locator('#letter-output');
  await expect(letter).toHaveAttribute('lang', 'ta');
  await expect(letter).toContainText(person.fullName);
  await expect(field(page, m, 'fullName')).toHaveValue(person.fullName); // nothing typed is lost
  // Only the language went to the server; nothing typed did.
  expect(log.filter((r) => r.includes('/ta/letter/templates.json')).length).toBeGreaterThan(0);
  expect(log.filter((r) => r.includes('Asha') || r.includes('Verma'))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of ['en', 'ar'] as const) {
    test(`${locale}: every letter is shown with blanks to copy by hand`, async ({ page }) => {
      const m = msgs(locale);
      await page.goto(`/${locale}/letter`);
      await expect(page.getByRole('heading', { name: m.noscript.title })).toBeVisible();
      await expect(page.getByRole('main').locator('input')).toHaveCount(0);
      for (const type of ['overdue-amount', 'paid-still-locked', 'identify-lender', 'second-hand', 'dispute-lock', 'closure-letter', 'regulator-complaint']) {
        const d = page.locator(`#blank-${type}`);
        await d.locator('summary').click();
        await expect(d.locator('summary')).toHaveText(letterTitle(locale, type));
        await expect(d).toContainText('[');
      }
      await expect(page.locator('#blank-overdue-amount')).not.toContainText('{');
    });
  }
});
