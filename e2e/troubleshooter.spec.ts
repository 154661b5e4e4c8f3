import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { enumerateTrails, resolveTrail } from '../lib/flow/resolve';
import { readFlow } from '../lib/flow/read';
import { readMdxFile } from '../lib/content/read';
import { locales } from '../lib/i18n/routing';
import { test, expect, expectAccessible, fakeVoices } from './fixtures';

const flow = readFlow(path.join(process.cwd(), 'content'));
/** Every answer trail the questions offer, from the same graph and enumerator the build uses. */
const trails = enumerateTrails(flow);
/** One trail per outcome and question, plus "another country": enough to prove every page template in every locale without fetching all of them. */
const sampleTrails = trails.filter((t) => {
  const r = resolveTrail(flow, t);
  return !r?.country || t.at(-1) === flow.countries[0];
});

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
      for (const trail of sampleTrails) {
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
    await page.getByRole('link', { name: /^The whole phone is locked, and it says a payment is overdue/ }).click();
    await page.getByRole('link', { name: "I have paid everything, but the lock or the lender's app is still there" }).click();
    await expect(page).toHaveURL(/\/en\/troubleshoot\/installment\/fully-paid$/);
    await page.getByRole('link', { name: 'Another phone, or I am not sure' }).click();
    await page.getByRole('link', { name: 'India' }).click();
    await expect(page).toHaveURL(/\/en\/troubleshoot\/installment\/fully-paid\/not-sure\/in$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You paid in full: ask for the lock to be removed');
    await expect(page.getByRole('main')).toContainText('no-objection certificate (NOC) or a release letter');
    await expect(page.getByRole('link', { name: 'Ask for a letter saying you paid in full' })).toHaveAttribute(
      'href',
      '/en/letter?type=closure-letter&country=in',
    );
    await expect(page.getByRole('link', { name: 'Support contacts in your country' })).toHaveAttribute('href', '/en/contacts/in');
    const share = page.getByRole('region', { name: 'Share this page' });
    await expect(share.getByRole('link', { name: /\/en\/troubleshoot\/installment\/fully-paid\/not-sure\/in$/ })).toHaveAttribute(
      'href',
      '/en/troubleshoot/installment/fully-paid/not-sure/in',
    );
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

const arRoot = path.join(process.cwd(), 'content', 'ar');
const arSteps = JSON.parse(readFileSync(path.join(arRoot, 'messages', 'troubleshoot.json'), 'utf8')).stepsTitle as string;
/** The Arabic label of an option, as the page shows it (the words are content; the walk is what is tested). */
function arLabel(node: string, option: string): string {
  return (readMdxFile(path.join(arRoot, 'troubleshoot', `${node}.mdx`)).data.options as Record<string, string>)[option] as string;
}
function arBrand(id: string): string {
  return JSON.parse(readFileSync(path.join(arRoot, 'messages', 'troubleshoot.json'), 'utf8')).brand.options[id] as string;
}

/** What still works on a locked phone comes before the steps. */
async function expectStillWorksFirst(page: Page, stillWorks: string, steps: string) {
  const a = await page.getByRole('heading', { name: stillWorks }).boundingBox();
  const b = await page.getByRole('heading', { name: steps, exact: true }).boundingBox();
  expect(a && b && a.y < b.y, 'what still works is not at the top').toBe(true);
}

test('a journey in Arabic: paid and still locked, on a Xiaomi phone in Egypt', async ({ page }) => {
  await page.goto('/ar/troubleshoot');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ماذا تقول شاشة القفل في هاتفك؟');
  await page.getByRole('link', { name: arLabel('screen', 'installment') }).click();
  await page.getByRole('link', { name: arLabel('plan', 'paid') }).click();
  await expect(page.getByText('السؤال 3 من 5 على الأكثر')).toBeVisible();
  await page.getByRole('link', { name: arLabel('paid-when', 'days-ago') }).click();
  await page.getByRole('link', { name: arBrand('xiaomi') }).click();
  await page.getByRole('link', { name: 'مصر' }).click();
  await expect(page).toHaveURL(/\/ar\/troubleshoot\/installment\/paid\/days-ago\/xiaomi\/eg$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('دفعت، والهاتف لا يزال مقفلًا');
  await expect(page.getByRole('heading', { name: 'ما الذي يبقى يعمل في الهاتف المقفل' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'اكتب رسالة: دفعت ولا يزال الهاتف مقفلًا' })).toHaveAttribute(
    'href',
    '/ar/letter?type=paid-still-locked&country=eg',
  );
  await expect(page.getByRole('link', { name: 'ابحث عن جهة التمويل في بلدك' })).toHaveAttribute('href', '/ar/lenders?country=eg');
  await expect(page.getByRole('link', { name: 'اكتب شكوى إلى الجهة الرقابية' })).toHaveAttribute('href', '/ar/letter?type=regulator-complaint&country=eg');
  await expectStillWorksFirst(page, 'ما الذي يبقى يعمل في الهاتف المقفل', arSteps);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/ar\/troubleshoot\/installment\/paid\/days-ago\/xiaomi\/eg$/);
  const answers = page.getByRole('region', { name: 'إجاباتك' });
  await expect(answers.getByRole('link', { name: /^تغيير/ })).toHaveCount(5);
  await answers.getByRole('link', { name: /متى دفعت؟/ }).click();
  await expect(page).toHaveURL(/\/ar\/troubleshoot\/installment\/paid$/);
  await page.getByRole('link', { name: 'ابدأ من جديد' }).click();
  await expect(page).toHaveURL(/\/ar\/troubleshoot$/);
});

test('a journey in Hindi: bought second-hand, in India', async ({ page }) => {
  await page.goto('/hi/troubleshoot');
  await page.getByRole('link', { name: /पूरा फ़ोन लॉक है, और लिखा है कि भुगतान बाक़ी है/ }).click();
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
  await tabTo(page, /^The phone works, but it gets no mobile network/);
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
  await fakeVoices(page, ['en-GB']);
  await page.goto('/en/troubleshoot/installment/not-paid');
  await page.getByRole('button', { name: 'Read this page aloud' }).click();
  await expect(page.getByRole('button', { name: 'Stop reading' })).toBeVisible();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string }[] }).spoken);
  expect(spoken[0]?.text).toContain('Do you know which company financed your phone?');
  expect(spoken[0]?.text).toContain('Yes, I know my lender');
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

/** Clicks option labels from the first question, in order. */
async function walk(page: Page, labels: (string | RegExp)[]) {
  await page.goto('/en/troubleshoot');
  for (const name of labels)
    await page
      .getByRole('main')
      .getByRole('link', { name, exact: typeof name === 'string' })
      .click();
}

test.describe('journeys of issue 16, with JavaScript', () => {
  test('paid but still locked on a Samsung in Brazil: do not pay again, brand note, complaint links', async ({ page }) => {
    await walk(page, [/^The whole phone is locked/, 'I paid, but the phone is still locked', '3 working days ago or more', /^Samsung/, 'Brazil']);
    await expect(page).toHaveURL(/\/en\/troubleshoot\/installment\/paid\/days-ago\/samsung\/br$/);
    const main = page.getByRole('main');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You paid, and the phone is still locked');
    await expectStillWorksFirst(page, 'What still works on a locked phone', 'Your next steps');
    await expect(main.getByRole('heading', { name: 'Do not pay the same amount again' })).toBeVisible();
    await expect(main).toContainText('ask the lender to remove any late fee');
    await expect(main).toContainText('Samsung Knox Guard');
    await expect(main).not.toContainText('Xiaomi');
    await expect(page.getByRole('link', { name: 'Write a letter: I paid, it is still locked' })).toHaveAttribute(
      'href',
      '/en/letter?type=paid-still-locked&country=br',
    );
    await expect(page.getByRole('link', { name: 'Write a complaint to the regulator' })).toHaveAttribute(
      'href',
      '/en/letter?type=regulator-complaint&country=br',
    );
    await expect(page.getByRole('link', { name: 'Find your lender in your country' })).toHaveAttribute('href', '/en/lenders?country=br');
  });

  test('a loan app locked a phone the person already owned, in Brazil', async ({ page }) => {
    await walk(page, [/^The whole phone is locked/, /^I already owned this phone, took a cash loan/, 'Brazil']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A loan app locked a phone you already owned');
    await expect(page.getByRole('main')).toContainText('a court in Brazil banned lenders from locking phones given as loan security');
    await expect(page.getByRole('link', { name: 'Write a complaint to the regulator' })).toHaveAttribute(
      'href',
      '/en/letter?type=regulator-complaint&country=br',
    );
    await expect(page.getByRole('link', { name: 'Guide: your rights' })).toHaveAttribute('href', '/en/guides/your-rights');
  });

  test('cannot pay now, in Kenya: arrangements and what the lender may do', async ({ page }) => {
    await walk(page, [
      /^The whole phone is locked/,
      'I have a payment that I have not made yet',
      'Yes, I know my lender',
      'No, I cannot pay right now',
      'Kenya',
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('If you cannot pay right now');
    await expectStillWorksFirst(page, 'What still works on a locked phone', 'Your next steps');
    await expect(page.getByRole('main')).toContainText('Ask if they can offer a smaller payment, a new date or another plan');
    await expect(page.getByRole('main')).toContainText('A lender may take the phone back only where the contract and the law of your country allow it');
    await expect(page.getByRole('link', { name: 'Write to your lender about what you owe' })).toHaveAttribute(
      'href',
      '/en/letter?type=overdue-amount&country=ke',
    );
  });

  test('the country question lists every country by region, and "another country" gives the general steps', async ({ page }) => {
    await walk(page, [/^The whole phone is locked/, 'I have a payment that I have not made yet', 'No, I am not sure who it is']);
    for (const region of ['Africa', 'The Americas', 'Asia', 'Europe']) await expect(page.getByRole('heading', { name: region, level: 2 })).toBeVisible();
    for (const country of ['Brazil', 'Thailand', 'Vietnam', 'Malaysia', 'Argentina', 'United States', 'Pakistan', 'Egypt']) {
      await expect(page.getByRole('main').getByRole('link', { name: country, exact: true })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Another country' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to find out who your lender is');
    await expect(page.getByRole('main').getByRole('link', { name: 'Support contacts', exact: true })).toHaveAttribute('href', '/en/contacts');
    await expect(page.getByRole('main').getByRole('link', { name: 'Find your lender', exact: true })).toHaveAttribute('href', '/en/lenders');
  });
});

test.describe('journeys of issue 16, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('fully paid with the PayJoy app in Colombia: closure letter, brand note, no other maker named', async ({ page }) => {
    await walk(page, [
      /^The whole phone is locked/,
      "I have paid everything, but the lock or the lender's app is still there",
      'The PayJoy or M-KOPA app, on any phone',
      'Colombia',
    ]);
    await expect(page).toHaveURL(/\/en\/troubleshoot\/installment\/fully-paid\/payjoy-m-kopa\/co$/);
    const main = page.getByRole('main');
    await expect(main).toContainText('talk to PayJoy or M-KOPA, not to the maker of the phone');
    await expect(main).toContainText('Ask the lender for a letter that says the loan is paid in full');
    await expect(main).not.toContainText(/Xiaomi|Samsung/);
    await expect(page.getByRole('link', { name: 'Ask for a letter saying you paid in full' })).toHaveAttribute(
      'href',
      '/en/letter?type=closure-letter&country=co',
    );
  });

  test('look-alike locks each reach their own answer from the first question', async ({ page }) => {
    await walk(page, [/^The phone still works, but it shows a payment reminder/]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This is a payment reminder: the phone is not fully locked yet');
    await expect(page.getByRole('main')).toContainText('Ask for a new date or a smaller payment before the phone locks fully');

    await walk(page, [/^It says the phone cannot be used in this country/]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This is a region lock, not a payment lock');
    await expect(page.getByRole('main')).toContainText('Contact the seller or importer');
    await expect(page.getByRole('link', { name: 'Help for second-hand phones' })).toHaveAttribute('href', '/en/second-hand');

    await walk(page, [/^Nothing is locked, but I found an app called Device Lock Controller/]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Device Lock Controller alone does not mean there is a loan');
    await expect(page.getByRole('main')).toContainText('Look for “Device provided by” and a company name, or for “Financed device info” in Settings');

    await walk(page, [/^It asks for a Mi Account/]);
    await expect(page.getByRole('main')).toContainText('If the right password is refused');
    await expect(page.getByRole('main')).toContainText('Have your proof of purchase ready');

    await walk(page, [/^The phone works, but it gets no mobile network/, /^I was told the phone is reported lost or stolen, but it is mine/]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your phone is reported lost or stolen, but it is yours');
    await expect(page.getByRole('main')).toContainText('Ask your mobile network who made the report');
    await expect(page.getByRole('link', { name: 'Guide: find your IMEI number' })).toHaveAttribute('href', '/en/guides/find-your-imei');

    await walk(page, [/^The phone works, but it gets no mobile network/, /^A message says the phone is not registered/]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The phone is not registered in your country');
    await expect(page.getByRole('main')).toContainText('8484');
    await expect(page.getByRole('main')).toContainText("Changing a phone's IMEI is a crime in many countries");
  });

  test('links published before the brand question still reach a brand-neutral answer', async ({ page }) => {
    for (const [url, title] of [
      ['/en/troubleshoot/installment/paid/days-ago/in', 'You paid, and the phone is still locked'],
      ['/en/troubleshoot/installment/fully-paid/other', 'You paid in full: ask for the lock to be removed'],
    ] as const) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('heading', { name: /^About your phone/ })).toHaveCount(0);
      await expect(page.getByRole('main')).not.toContainText('Xiaomi');
    }
  });
});
