import path from 'node:path';
import { readFlow } from '../lib/flow/read';
import { test, expect, expectAccessible, messages } from './fixtures';

/** Where to complain, per country: on the contacts page and on every troubleshooter answer for that country (issue 17). */
const flow = readFlow(path.join(process.cwd(), 'content'));
const paidStillLocked = '/en/troubleshoot/installment/paid/days-ago/not-sure';

test.describe.configure({ timeout: 180_000 });

test('Kenya contacts: each complaint body says whom it deals with, with its source', async ({ page }) => {
  await page.goto('/en/contacts/ke');
  const section = page.getByRole('region', { name: 'Where to complain in Kenya' });
  await expect(section).toBeVisible();
  const cbk = section.locator('div', { has: page.getByRole('heading', { name: /Central Bank of Kenya/ }) }).last();
  await expect(cbk.getByText('Deals with: lenders it licenses and reports about lenders without a licence.')).toBeVisible();
  await expect(cbk.getByRole('link', { name: /^Source/ }).first()).toHaveAttribute('href', /^https:\/\//);
  await expectAccessible(page);
});

test('every country the troubleshooter offers shows a complaint body with a source, or says none is known and what to do', async ({ page }) => {
  const countries = flow.countries.filter((c) => c !== 'other');
  expect(countries.length).toBeGreaterThan(40);
  let withBodies = 0;
  for (const country of countries) {
    await page.goto(`${paidStillLocked}/${country}`);
    const section = page.getByRole('region', { name: /^Where to complain in / });
    await expect(section, country).toBeVisible();
    const none = section.getByTestId('complaints-none');
    if (await none.count()) {
      await expect(none.getByText(/We have not found a complaints body for .+ yet\./), country).toBeVisible();
      await expect(none.getByRole('link', { name: 'Write a letter to the lender about the lock' })).toHaveAttribute('href', '/en/letter?type=dispute-lock');
    } else {
      await expect(section.getByRole('heading', { level: 3 }).first(), country).toBeVisible();
      await expect(section.getByRole('link', { name: /^Source/ }).first(), country).toHaveAttribute('href', /^https?:\/\//);
      withBodies++;
    }
  }
  // Most countries have at least one body; the none-known sentence is the exception.
  expect(withBodies).toBeGreaterThan(countries.length / 2);
});

test('"another country": the general steps, and where to look for a complaint body without naming one', async ({ page }) => {
  await page.goto(`${paidStillLocked}/other`);
  const section = page.getByRole('region', { name: 'Where to complain' });
  await expect(section.getByText('You chose another country, so we cannot name a complaint body for you.')).toBeVisible();
  await expect(section.getByText(/financial regulator or central bank/)).toBeVisible();
  await expect(section.getByRole('heading', { level: 3 })).toHaveCount(0);
});

test('Arabic answer: English source titles and complaint-body names are isolated, so their brackets do not flip', async ({ page }) => {
  await page.goto(`/ar/troubleshoot/installment/paid/days-ago/not-sure/eg`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const sources = page.locator('details').filter({ has: page.locator('summary', { hasText: messages('ar', 'troubleshoot').sources as string }) });
  // The list sits in a closed <details>: count the items as they are in the page.
  const items = sources.locator('li');
  expect(await items.count()).toBeGreaterThan(0);
  await expect(items.locator('a > bdi')).toHaveCount(await items.count());
  const bodies = page.getByRole('region', { name: /مصر/ });
  await expect(bodies.getByRole('heading', { level: 3 }).first().locator('bdi')).toHaveCount(1);
  await expectAccessible(page);
});

for (const [locale, example] of [
  ['ar', '+20 100 123 4567'],
  ['ur', '+92 300 1234567'],
] as const) {
  test(`${locale} letter: the example phone number in a hint reads left to right inside the right-to-left text`, async ({ page }) => {
    await page.goto(`/${locale}/letter?type=paid-still-locked`);
    const hint = page.locator('#letter-contact-hint');
    await expect(hint.locator('bdi[dir="ltr"]', { hasText: example })).toHaveCount(1);
    await hint.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/${locale}-letter-hint.png` });
  });
}

for (const locale of ['ar', 'ur'] as const) {
  test(`${locale} lock decoder: English screen words quoted with "…" stay whole and in order inside right-to-left text`, async ({ page }) => {
    await page.goto(`/${locale}/guides/which-lock-is-it`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    for (const words of ['Device provided by …', 'Financed device info']) {
      const quoted = page.getByRole('main').locator('bdi', { hasText: words }).first();
      await expect(quoted).toBeVisible();
      // An isolated run lays out left to right by its own first strong letter: its text starts where English starts.
      expect(await quoted.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      await expect(quoted).toHaveText(words);
    }
    await page.screenshot({ path: `test-results/${locale}-lock-decoder.png` });
  });
}
