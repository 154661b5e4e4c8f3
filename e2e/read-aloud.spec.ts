import type { Page } from '@playwright/test';
import { test, expect, fakeVoices } from './fixtures';

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);

test('read aloud on a guide, the avoid page and a Hindi guide, in the language of the text', async ({ page }) => {
  await fakeVoices(page, ['en-GB', 'hi-IN']);
  await page.goto('/en/guides/which-lock-is-it');
  await page.getByRole('button', { name: 'Read this page aloud' }).click();
  await expect(page.getByRole('button', { name: 'Stop reading' })).toBeVisible();
  expect((await spoken(page))[0]?.text).toContain('Which lock is on my phone?');
  expect((await spoken(page))[0]?.text).toContain('Payment lock: the whole phone is locked');

  await page.goto('/en/avoid');
  await page.getByRole('button', { name: 'Read this page aloud' }).click();
  expect((await spoken(page))[0]?.text).toContain('Do not reset the phone');

  await page.goto('/hi/guides/which-lock-is-it');
  await page.getByRole('button').filter({ hasText: /पढ़/ }).first().click();
  expect((await spoken(page))[0]?.lang).toBe('hi');
});

test('no voice for the language, no button: an Urdu page with only an English voice offers none', async ({ page }) => {
  await fakeVoices(page, ['en-GB']);
  await page.goto('/ur/avoid');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The button is in the page, hidden, for when a voice exists: here it must stay hidden.
  await expect(page.locator('main button[data-read-aloud]')).toHaveCount(1);
  await expect(page.locator('main button[data-read-aloud]')).toBeHidden();
});

test('the letter preview can be read aloud in the letter language', async ({ page }) => {
  await fakeVoices(page, ['en-GB']);
  await page.goto('/en/letter?type=identify-lender');
  await page.getByLabel('Your full name').fill('Amina Yusuf');
  await page.getByLabel('Your phone number or email').fill('amina@example.org');
  await page.getByLabel('Who you are writing to').fill('The shop that sold me the phone');
  await page.getByLabel('IMEI', { exact: true }).fill('490154203237518');
  await page.getByLabel('Phone model').fill('Galaxy A15');
  await page.getByRole('button', { name: 'Make my letter' }).click();
  await page.getByRole('button', { name: 'Read this page aloud' }).click();
  const said = (await spoken(page))[0];
  expect(said?.lang).toBe('en');
  expect(said?.text).toContain('To: The shop that sold me the phone');
  expect(said?.text).toContain('Amina Yusuf');
});

test('a voice that would send the text to a speech service is never offered (the letter holds a name and an IMEI)', async ({ page }) => {
  await fakeVoices(page, ['en-GB'], false);
  await page.goto('/en/avoid');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Read this page aloud' })).toHaveCount(0);
});
