import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, expectAccessible, messages } from './fixtures';

function frontmatterTitle(locale: string, dir: string, slug: string): string {
  const text = readFileSync(path.join(process.cwd(), 'content', locale, dir, `${slug}.mdx`), 'utf8');
  return JSON.parse(text.match(/^title: (.*)$/m)?.[1]?.replace(/^([^"].*)$/, '"$1"') ?? '""');
}

function mdx(locale: string, dir: string, slug: string): string {
  return readFileSync(path.join(process.cwd(), 'content', locale, dir, `${slug}.mdx`), 'utf8');
}
/** How many sources the page's frontmatter lists, and how many "## " sections its body has. */
const sourceCount = (locale: string, dir: string, slug: string) => (mdx(locale, dir, slug).match(/^  - url: /gm) ?? []).length;
const sectionCount = (locale: string, dir: string, slug: string) => (mdx(locale, dir, slug).match(/^## /gm) ?? []).length;

// The pages run axe several times each; give a busy machine room.
test.describe.configure({ timeout: 90_000 });

for (const locale of ['en', 'ar'] as const) {
  const pages = messages(locale, 'pages');
  const dir = locale === 'ar' ? 'rtl' : 'ltr';

  test.describe(`${locale}`, () => {
    test('what to avoid: every item, its way out, and its sources', async ({ page }) => {
      await page.goto(`/${locale}/avoid`);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(frontmatterTitle(locale, 'pages', 'avoid'));
      // every item of the page's own text, then "Sources" and "Share this page"
      expect(sectionCount(locale, 'pages', 'avoid')).toBeGreaterThanOrEqual(9);
      const headings = page.getByRole('main').getByRole('heading', { level: 2 });
      await expect(headings).toHaveCount(sectionCount(locale, 'pages', 'avoid') + 2);
      await expect(headings.nth(sectionCount(locale, 'pages', 'avoid'))).toHaveText(pages.sources.title);
      if (locale === 'en') {
        // Each harm the page must name, in its own section.
        for (const harm of [/reset/, /"bypass" or "unlock" tools/, /EDL/, /custom ROM/, /IMEI/, /"master" codes/, /promise to unlock/, /collector/]) {
          await expect(headings.filter({ hasText: harm })).toHaveCount(1);
        }
      }
      for (const target of ['/troubleshoot', '/lenders', '/contacts', '/letter']) {
        await expect(page.locator(`main a[href="/${locale}${target}"]`).first()).toBeVisible();
      }
      const sources = page.getByRole('region', { name: pages.sources.title });
      await expect(sources.getByRole('listitem')).toHaveCount(sourceCount(locale, 'pages', 'avoid'));
      await expectAccessible(page);
    });

    test('guides index links every guide, and a guide shows its sources', async ({ page }) => {
      await page.goto(`/${locale}/guides`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages.guides.title);
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(8); // seven guides and "Share this page"
      await expectAccessible(page);
      await page.getByRole('link', { name: frontmatterTitle(locale, 'guides', 'find-your-imei') }).click();
      await expect(page).toHaveURL(`/${locale}/guides/find-your-imei`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(frontmatterTitle(locale, 'guides', 'find-your-imei'));
      await expect(page.getByText('*#06#').first()).toBeVisible();
      await expect(page.getByRole('region', { name: pages.sources.title }).getByRole('link')).toHaveCount(sourceCount(locale, 'guides', 'find-your-imei'));
      await expect(page.getByRole('link', { name: pages.guides.all })).toHaveAttribute('href', `/${locale}/guides`);
      await expectAccessible(page);
    });

    test('your rights lists complaint bodies with their sources', async ({ page }) => {
      await page.goto(`/${locale}/guides/your-rights`);
      await expect(page.getByText('cms.rbi.org.in')).toBeVisible();
      await expect(page.getByText('800-125-6666')).toBeVisible();
      await expect(page.getByRole('region', { name: pages.sources.title }).getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    });

    test('an unknown guide is a 404', async ({ page }) => {
      const response = await page.goto(`/${locale}/guides/no-such-guide`);
      expect(response?.status()).toBe(404);
    });

    test('IMEI checker gives a clear verdict for each IMEI', async ({ page }) => {
      const { checker: t, errorTitle } = messages(locale, 'secondHand');
      await page.goto(`/${locale}/second-hand`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(frontmatterTitle(locale, 'pages', 'second-hand'));
      const section = page.getByRole('region', { name: t.title });
      const status = section.getByRole('status');
      const check = section.getByRole('button', { name: t.button, exact: true });

      await check.click();
      const summary = page.getByRole('alert', { name: errorTitle });
      await expect(summary).toContainText(t.required);
      await expect(summary).toBeFocused();

      await section.getByLabel(t.imei1, { exact: true }).fill('490154203237518');
      await check.click();
      await expect(status).toContainText(t.valid.replace('{n}', '1'));
      await expect(status).toContainText(t.honest);

      await section.getByLabel(t.imei1, { exact: true }).fill('490154203237519');
      await check.click();
      await expect(status).toContainText(t.checksum.replace('{n}', '1'));

      await section.getByLabel(t.imei1, { exact: true }).fill('49015420323751');
      await section.getByLabel(t.imei2, { exact: true }).fill('35 209900 176148 1');
      await check.click();
      await expect(status).toContainText(t.length.replace('{n}', '1').replace('{count}', '14'));
      await expect(status).toContainText(t.valid.replace('{n}', '2'));
      await expectAccessible(page);
    });

    test('seller declaration prints alone, and the typed values go nowhere', async ({ page }) => {
      const { declaration: t, errorTitle } = messages(locale, 'secondHand');
      const requests: string[] = [];
      page.on('request', (r) => requests.push(`${r.url()} ${r.postData() ?? ''}`));
      await page.goto(`/${locale}/second-hand`);
      await page.evaluate(() => {
        window.print = () => document.body.setAttribute('data-printed', 'yes');
      });
      const form = page.getByRole('region', { name: t.title });
      await form.getByLabel(t.sellerName, { exact: true }).fill('Amina Testseller');
      await form.getByLabel(t.sellerId, { exact: true }).fill('ID-998877');
      await form.getByLabel(t.imei1, { exact: true }).fill('490154203237519');
      await form.getByRole('button', { name: t.print }).click();
      await expect(page.getByRole('alert', { name: errorTitle })).toContainText(t.imeiError.replace('{field}', t.imei1));
      await expect(page.locator('body')).not.toHaveAttribute('data-printed', 'yes');

      await form.getByLabel(t.imei1, { exact: true }).fill('490154203237518');
      await form.getByRole('button', { name: t.print }).click();
      await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
      await expect(page.getByRole('alert', { name: errorTitle })).toHaveCount(0);

      const declaration = page.locator('#seller-declaration');
      await expect(declaration).toContainText('Amina Testseller');
      await expect(declaration).toContainText('490154203237518');
      await expect(declaration).toContainText(t.statement2);

      await page.emulateMedia({ media: 'print' });
      await expect(declaration).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
      await expect(page.getByRole('button', { name: t.print })).toBeHidden();
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('region', { name: pages.sources.title })).toBeHidden();

      for (const value of ['Amina', 'Testseller', 'ID-998877', '490154203237518']) {
        expect(
          requests.filter((r) => r.includes(value)),
          `requests carrying ${value}`,
        ).toEqual([]);
      }
    });

    test('search: results as you type, and the address keeps the query to share', async ({ page }) => {
      const s = messages(locale, 'search');
      await page.goto(`/${locale}/search`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title);
      await expectAccessible(page);
      const box = page.getByRole('searchbox', { name: s.label });
      await box.fill('IMEI');
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(s.resultsFor.replace('{query}', 'IMEI'));
      await expect(page.getByRole('main').getByRole('heading', { level: 3 }).first()).toHaveText(frontmatterTitle(locale, 'guides', 'find-your-imei'));
      await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=IMEI$`));
      await expectAccessible(page);
    });

    test('header search box leads to server-rendered results', async ({ page }) => {
      const s = messages(locale, 'search');
      await page.goto(`/${locale}/guides`);
      await page.getByRole('banner').getByRole('searchbox', { name: s.headerLabel }).fill('IMEI');
      await page.getByRole('banner').getByRole('button', { name: s.button }).click();
      await expect(page).toHaveURL(`/${locale}/search?q=IMEI`);
      await expect(page.getByRole('link', { name: frontmatterTitle(locale, 'guides', 'find-your-imei') })).toBeVisible();
    });
  });
}

test('search in English: "reset", a misspelling, and nothing found', async ({ page }) => {
  const s = messages('en', 'search');
  await page.goto('/en/search?q=reset');
  await expect(page.getByRole('link', { name: 'What not to do, and why' })).toBeVisible();
  await page.goto('/en/search?q=factroy%20reset');
  await expect(page.getByRole('link', { name: 'What not to do, and why' })).toBeVisible();
  await page.goto('/en/search?q=qqqzzzxx');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(s.noResults.replace('{query}', 'qqqzzzxx'));
  // Nothing found still leads somewhere: the troubleshooter, the lender lookup, the guides.
  await expect(page.getByRole('main').getByRole('link', { name: 'Get help step by step' })).toHaveAttribute('href', '/en/troubleshoot');
  await expect(page.getByRole('main').getByRole('link', { name: 'Find your lender' })).toHaveAttribute('href', '/en/lenders');
  await expect(page.getByRole('main').getByRole('link', { name: 'Guides' })).toHaveAttribute('href', '/en/guides');
});

test('search never answers the phone or country question for the reader: "paid but still locked" asks which phone', async ({ page }) => {
  const s = messages('en', 'search');
  const t = messages('en', 'troubleshoot');
  await page.goto('/en/search?q=paid+but+still+locked');
  const results = page.getByRole('main').getByRole('listitem');
  const hrefs = await page
    .getByRole('main')
    .locator('ol a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs)
    expect(href, 'no maker chosen for the reader').not.toMatch(/\/(xiaomi|samsung|oppo-realme-vivo|tecno-infinix-itel|payjoy-m-kopa)(\/|$)/);
  const first = results.filter({ hasText: s.asksPhone }).first();
  await first.getByRole('link').click();
  await expect(page).toHaveURL('/en/troubleshoot/installment/paid/days-ago');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.brand.question);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('search works as a plain form', async ({ page }) => {
    await page.goto('/ar/search');
    const s = messages('ar', 'search');
    await page.getByRole('main').getByRole('searchbox').fill('factroy reset');
    await page.getByRole('main').getByRole('button', { name: s.button }).click();
    await expect(page).toHaveURL(/\/ar\/search\?q=factroy\+reset$/);
    await page.goto('/en/search?q=factroy+reset');
    await expect(page.getByRole('link', { name: 'What not to do, and why' })).toBeVisible();
  });

  test('second-hand explains checking by hand and shows a blank declaration', async ({ page }) => {
    const t = messages('en', 'secondHand');
    await page.goto('/en/second-hand');
    await expect(page.getByText(t.checker.noJs)).toBeVisible();
    await expect(page.getByText(t.checker.byHand1)).toBeVisible();
    await expect(page.getByRole('button', { name: t.checker.button })).toHaveCount(0);
    await expect(page.getByText(t.declaration.noJs)).toBeVisible();
    await expect(page.locator('#seller-declaration')).toContainText(t.declaration.statement1);
  });
});
