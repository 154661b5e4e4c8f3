import path from 'node:path';
import type { Page } from '@playwright/test';
import { enumerateTrails } from '../lib/flow/resolve';
import { readFlow } from '../lib/flow/read';
import { locales } from '../lib/i18n/routing';
import { test, expect, expectAccessible } from './fixtures';

/** Every answer trail, from the same graph and enumerator the build uses. */
const trails = enumerateTrails(readFlow(path.join(process.cwd(), 'content')));

// The crawl and the journeys load many pages; leave room on a busy machine.
test.describe.configure({ timeout: 180_000 });

const toolHref = /^\/en\/(lenders|contacts|letter|guides\/[a-z-]+|avoid|second-hand)(\/[a-z]{2})?(\?[a-z=&-]+)?$/;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page from /en/troubleshoot loads, and every leaf is an outcome with a next step into a tool', async ({ request }) => {
    const seen = new Set<string>();
    const queue = ['/en/troubleshoot'];
    let outcomes = 0;
    while (queue.length) {
      const url = queue.shift() as string;
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      const html = await res.text();
      const forward = [...html.matchAll(/href="(\/en\/troubleshoot\/[^"]+)"/g)]
        .map((m) => m[1] as string)
        .filter((href) => href.startsWith(`${url}/`) && !href.slice(url.length + 1).includes('/'));
      if (forward.length === 0) {
        outcomes++;
        expect(html, `${url} is a dead end`).toContain('Your next steps');
        const tools = [...html.matchAll(/href="([^"]+)" data-tool=/g)].map((m) => (m[1] as string).replaceAll('&amp;', '&'));
        expect(tools.length, `${url} has no next step into a tool`).toBeGreaterThan(0);
        for (const href of tools) expect(href, url).toMatch(toolHref);
      } else {
        expect(html, `${url} should be a question`).toMatch(/Question \d+ of up to \d+/);
      }
      queue.push(...forward);
    }
    expect(seen.size).toBe(trails.length);
    expect(outcomes).toBeGreaterThan(10);
  });

  for (const locale of locales.filter((l) => l !== 'en')) {
    test(`every trail is a page in ${locale}, and every outcome there links into a tool`, async ({ request }) => {
      for (const trail of trails) {
        const url = ['', locale, 'troubleshoot', ...trail].join('/');
        const res = await request.get(url);
        expect(res.status(), url).toBe(200);
        const html = await res.text();
        expect(html, url).toContain(`<html lang="${locale}"`);
        const forward = html.includes(`href="${url}/`);
        if (!forward) expect(html, `${url} has no next step into a tool`).toMatch(new RegExp(`href="/${locale}/[^"]+" data-tool=`));
      }
    });
  }

  test('a person without JavaScript can click through to an outcome and share it as a plain link', async ({ page }) => {
    await page.goto('/en/troubleshoot');
    await page.getByRole('link', { name: /It says the phone is locked because of an installment/ }).click();
    await page.getByRole('link', { name: 'I have paid everything, but the lock or the lender\'s app is still there' }).click();
    await expect(page).toHaveURL(/\/en\/troubleshoot\/installment\/fully-paid$/);
    await page.getByRole('link', { name: 'India' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You paid in full: ask for the lock to be removed');
    await expect(page.getByRole('link', { name: 'Ask for a letter saying you paid in full' })).toHaveAttribute('href', '/en/letter?type=closure-letter&country=in');
    await expect(page.getByRole('link', { name: 'Support contacts in your country' })).toHaveAttribute('href', '/en/contacts/in');
    const share = page.getByRole('region', { name: 'Share this page' });
    await expect(share.getByRole('link', { name: /\/en\/troubleshoot\/installment\/fully-paid\/in$/ })).toHaveAttribute('href', '/en/troubleshoot/installment/fully-paid/in');
    await expect(share.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Read this page aloud' })).toHaveCount(0);
  });
});

test('an option id that does not belong gets the localized 404', async ({ page, request }) => {
  expect((await request.get('/en/troubleshoot/installment/bogus')).status()).toBe(404);
  expect((await request.get('/en/troubleshoot/mi-account/yes')).status()).toBe(404);
  const res = await page.goto('/ar/troubleshoot/installment/paid/zz');
  expect(res?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('لم نجد هذه الصفحة');
});

test('a journey in Arabic: paid and still locked, in Egypt', async ({ page }) => {
  await page.goto('/ar/troubleshoot');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ماذا تقول شاشة القفل في هاتفك؟');
  await page.getByRole('link', { name: /تقول إن الهاتف مقفل بسبب قسط/ }).click();
  await page.getByRole('link', { name: 'دفعتُ، لكن الهاتف لا يزال مقفلًا' }).click();
  await expect(page.getByText('السؤال 3 من 4 على الأكثر')).toBeVisible();
  await page.getByRole('link', { name: 'قبل 3 أيام عمل أو أكثر' }).click();
  await page.getByRole('link', { name: 'مصر' }).click();
  await expect(page).toHaveURL(/\/ar\/troubleshoot\/installment\/paid\/days-ago\/eg$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('دفعت، والهاتف لا يزال مقفلًا');
  await expect(page.getByRole('heading', { name: 'ما الذي يبقى يعمل في الهاتف المقفل' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'اكتب رسالة: دفعت ولا يزال الهاتف مقفلًا' })).toHaveAttribute('href', '/ar/letter?type=paid-still-locked&country=eg');
  await expect(page.getByRole('link', { name: 'ابحث عن جهة التمويل في بلدك' })).toHaveAttribute('href', '/ar/lenders?country=eg');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/ar\/troubleshoot\/installment\/paid\/days-ago\/eg$/);
  const answers = page.getByRole('region', { name: 'إجاباتك' });
  await expect(answers.getByRole('link', { name: /^تغيير/ })).toHaveCount(4);
  await answers.getByRole('link', { name: /متى دفعت؟/ }).click();
  await expect(page).toHaveURL(/\/ar\/troubleshoot\/installment\/paid$/);
  await page.getByRole('link', { name: 'ابدأ من جديد' }).click();
  await expect(page).toHaveURL(/\/ar\/troubleshoot$/);
});

test('a journey in Hindi: bought second-hand, in India', async ({ page }) => {
  await page.goto('/hi/troubleshoot');
  await page.getByRole('link', { name: /किस्त या भुगतान बाक़ी/ }).click();
  await page.getByRole('link', { name: /सेकंड-हैंड ख़रीदा था/ }).click();
  await page.getByRole('link', { name: 'भारत' }).click();
  await expect(page).toHaveURL(/\/hi\/troubleshoot\/installment\/second-hand\/in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('आपने फ़ोन सेकंड-हैंड ख़रीदा और यह लॉक हो गया');
  await expect(page.getByText('अनलॉक के लिए किसी अनजान को कभी पैसे न दें')).toBeVisible();
  await expect(page.getByRole('link', { name: 'सेकंड-हैंड फ़ोन के बारे में पत्र लिखें' })).toHaveAttribute('href', '/hi/letter?type=second-hand&country=in');
  await expect(page.getByRole('link', { name: 'आपके देश के सहायता संपर्क' })).toHaveAttribute('href', '/hi/contacts/in');
});

/** Presses Tab until the link or button with this name has focus. */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  throw new Error(`could not reach "${name}" with the Tab key`);
}

test('keyboard only: from the first question to an outcome and back', async ({ page }) => {
  await page.goto('/en/troubleshoot');
  await tabTo(page, /^The phone works, but it has no mobile network/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/troubleshoot\/no-network$/);
  await tabTo(page, /^No SIM works at all/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your phone may be blocked on mobile networks');
  await tabTo(page, 'Guide: find your IMEI number');
  await expect(page.locator(':focus')).toHaveAttribute('href', '/en/guides/find-your-imei');
  await tabTo(page, 'Start again');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/troubleshoot$/);
});

test('the share control copies the link where the browser cannot share', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Take Web Share away so the copy path is what we test, whatever this Chromium supports.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true }));
  await page.goto('/en/troubleshoot/installment/not-paid/no/other');
  await expect(page.getByRole('main').getByRole('link', { name: 'Find your lender', exact: true })).toHaveAttribute('href', '/en/lenders');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/troubleshoot/installment/not-paid/no/other`);
});

test('read aloud appears only when there is a voice for the page language, and reads the page', async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const fake = {
      getVoices: () => [{ lang: 'en-GB', name: 'Test voice' }],
      speak: (u: { text: string }) => spoken.push(u.text),
      cancel: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    };
  });
  await page.goto('/en/troubleshoot/installment/not-paid');
  await page.getByRole('button', { name: 'Read this page aloud' }).click();
  await expect(page.getByRole('button', { name: 'Stop reading' })).toBeVisible();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken[0]).toContain('Do you know which company financed your phone?');
  expect(spoken[0]).toContain('Yes, I know my lender');
  // Only an English voice: the Arabic page offers no button rather than reading Arabic with it.
  await page.goto('/ar/troubleshoot');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'اقرأ هذه الصفحة بصوت عالٍ' })).toHaveCount(0);
});

for (const [locale, question, outcome] of [
  ['en', '/en/troubleshoot/installment', '/en/troubleshoot/installment/not-paid/yes/no/ke'],
  ['ar', '/ar/troubleshoot/installment', '/ar/troubleshoot/installment/not-paid/yes/no/eg'],
] as const) {
  test(`axe: a question and an outcome in ${locale}`, async ({ page }) => {
    await page.goto(question);
    await expectAccessible(page);
    await page.goto(outcome);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  });
}
