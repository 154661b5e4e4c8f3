import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, messages } from './fixtures';

/**
 * Search boxes keep their words in the address so results can be shared. An
 * IMEI, phone number or reference typed into one must never get there: the
 * browser refuses to send it, the live search leaves it out of the address,
 * and a link that carries one anyway is sent on without it.
 */
const imei = '356938035643809';
const spacedImei = '35 693803 564380 9';

/** Every URL the page asked for or navigated to, so a test can prove the number is in none of them. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (req) => urls.push(req.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  return urls;
}
const digitsOnly = (s: string) => decodeURIComponent(s.replace(/\+/g, ' ')).replace(/[^0-9]/g, '');
const carries = (urls: string[], number: string) => urls.filter((u) => digitsOnly(u).includes(number.replace(/\D/g, '')));

test.describe.configure({ timeout: 90_000 });

test('site search: a typed IMEI is refused with a message and never reaches an address (hi)', async ({ page }) => {
  const s = messages('hi', 'search');
  const urls = recordUrls(page);
  await page.goto('/hi/search');
  const box = page.getByRole('main').getByRole('searchbox', { name: s.label });
  await box.fill(`रीसेट ${imei}`);
  await expect(page.getByText(s.numberRefused)).toBeVisible();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(new RegExp(s.numberRefused.slice(0, 20)));
  // The words still search; the address keeps only them.
  const wordsOnly = `/hi/search?q=${encodeURIComponent('रीसेट')}`;
  await expect(page).toHaveURL(wordsOnly);
  // Enter and the button do not send the form: the browser refuses the value.
  await box.press('Enter');
  await page.getByRole('main').getByRole('button', { name: s.button }).click();
  await expect(page).toHaveURL(wordsOnly);
  await expect(box).toHaveValue(`रीसेट ${imei}`); // nothing typed is lost
  await expectAccessible(page);

  await box.fill('रीसेट');
  await expect(page.getByText(s.numberRefused)).toBeHidden();
  await expect(box).not.toHaveAttribute('aria-invalid', 'true');
  expect(carries(urls, imei)).toEqual([]);
});

for (const target of ['search', 'lenders'] as const) {
  test(`${target}: a number typed before the script arrives is still refused (slow connection)`, async ({ page }) => {
    const s = messages('en', 'search');
    const urls = recordUrls(page);
    // Hold the enhancement scripts until the person has typed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/enhance/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/en/${target}`, { waitUntil: 'commit' });
    const box = target === 'search' ? page.getByRole('main').getByRole('searchbox', { name: s.label }) : page.getByLabel('Name on the lock screen');
    await box.fill(`home credit ${imei}`);
    await expect(page.getByText(s.numberRefused)).toBeHidden();
    release();
    await expect(page.getByText(s.numberRefused)).toBeVisible();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(`/en/${target}?q=home+credit`);
    await expect(box).toHaveValue(`home credit ${imei}`);
    expect(carries(urls, imei)).toEqual([]);
  });
}

test('header search: the browser will not send a phone number, with or without JavaScript', async ({ browser, baseURL }) => {
  const s = messages('en', 'search');
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled, baseURL });
    const page = await context.newPage();
    const urls = recordUrls(page);
    await page.goto('/en/guides');
    const box = page.getByRole('banner').getByRole('searchbox', { name: s.headerLabel });
    await box.fill('+91 98765 43210');
    await page.getByRole('banner').getByRole('button', { name: s.button }).click();
    // The browser's own bubble names the problem; the title adds our words in the page's language.
    expect(await box.evaluate((el: HTMLInputElement) => el.validity.patternMismatch)).toBe(true);
    await expect(box).toHaveAttribute('title', s.numberRefused);
    await expect(page).toHaveURL('/en/guides');
    expect(carries(urls, '9876543210'), `javaScriptEnabled: ${javaScriptEnabled}`).toEqual([]);
    // Words still go through.
    await box.fill('reset');
    await page.getByRole('banner').getByRole('button', { name: s.button }).click();
    await expect(page).toHaveURL('/en/search?q=reset');
    await context.close();
  }
});

test('lender lookup: an account number is left out of the results and the address (en)', async ({ page }) => {
  const s = messages('en', 'search');
  const urls = recordUrls(page);
  await page.goto('/en/lenders');
  const box = page.getByLabel('Name on the lock screen');
  await box.fill(`home credit ${spacedImei}`);
  await expect(page.getByText(s.numberRefused)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('link').first()).toContainText('Home Credit');
  await expect(page).toHaveURL(/\/en\/lenders\?q=home\+credit$/);
  await expectAccessible(page);
  expect(carries(urls, imei)).toEqual([]);
});

test('a link that carries a number is sent on without it, and the page says so (ar, ur)', async ({ page }) => {
  for (const [locale, target] of [
    ['ar', 'search'],
    ['ur', 'lenders'],
  ] as const) {
    const s = messages(locale, 'search');
    const res = await page.goto(`/${locale}/${target}?q=${encodeURIComponent(`home credit ${imei}`)}`);
    expect(res?.status()).toBe(200);
    await expect(page).toHaveURL(`/${locale}/${target}?q=home+credit&removed=1`);
    await expect(page.getByText(s.numberRemoved)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await page.content()).not.toContain(imei);
    expect(page.url()).not.toContain(imei);
  }
});

test('without JavaScript the redirect still strips the number, and the search box is refused by the browser', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  const s = messages('en', 'search');
  await page.goto(`/search?q=${imei}`);
  await expect(page).toHaveURL('/en/search?removed=1');
  await expect(page.getByText(s.numberRemoved)).toBeVisible();
  const box = page.getByRole('main').getByRole('searchbox', { name: s.label });
  await box.fill(imei);
  await page.getByRole('main').getByRole('button', { name: s.button }).click();
  await expect(page).toHaveURL('/en/search?removed=1');
  await context.close();
});
