import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { locales, localeDir } from '../lib/i18n/routing';
import { test, expect, expectAccessible } from './fixtures';

/**
 * Every page template in every shipped locale: it answers 200 with the right
 * lang and dir, shows no raw message key, and does not scroll sideways on a
 * 360 px phone.
 */
test.describe.configure({ timeout: 240_000 });
test.use({ viewport: { width: 360, height: 740 } });

const lender = readdirSync(path.join(process.cwd(), 'content', 'lenders'))[0]?.replace(/\.json$/, '') ?? 'payjoy';
const flow = JSON.parse(readFileSync(path.join(process.cwd(), 'content', 'flows', 'troubleshoot.json'), 'utf8')) as {
  nodes: { id: string; type: string; options?: { id: string }[] }[];
};
const firstOption = flow.nodes[0]?.options?.[0]?.id ?? 'installment';

const templates = [
  '',
  '/troubleshoot',
  `/troubleshoot/${firstOption}`,
  '/troubleshoot/mi-account',
  '/lenders',
  '/lenders?q=home',
  `/lenders/${lender}`,
  '/lenders/device-lock-controller', // lock software: its long official address must wrap
  '/contacts',
  '/contacts/in',
  '/letter',
  '/avoid',
  '/second-hand',
  '/guides',
  '/guides/find-your-imei',
  '/search?q=IMEI',
];

/** Namespaced keys as next-intl would print them for a missing message. */
const namespaces = readdirSync(path.join(process.cwd(), 'content', 'en', 'messages')).map((f) => f.replace(/\.json$/, ''));
const rawKey = new RegExp(`\\b(${namespaces.join('|')})\\.[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)*\\b`);

for (const locale of locales) {
  test(`every page template in ${locale}: 200, lang and dir, no raw keys, no sideways scroll`, async ({ page }) => {
    for (const template of templates) {
      const url = `/${locale}${template}`;
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      await expect(page.locator('html'), url).toHaveAttribute('lang', locale);
      await expect(page.locator('html'), url).toHaveAttribute('dir', localeDir(locale));
      const text = await page.locator('body').innerText();
      expect(text.match(rawKey)?.[0], `${url} shows a raw message key`).toBeUndefined();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${url} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
    }
  });
}

for (const locale of locales.filter((l) => localeDir(l) === 'rtl')) {
  for (const template of ['', `/troubleshoot/${firstOption}`, `/lenders/${lender}`, '/contacts/in', '/letter', '/guides/find-your-imei']) {
    test(`${locale}${template || ' home'} passes axe`, async ({ page }) => {
      await page.goto(`/${locale}${template}`);
      await expectAccessible(page);
    });
  }
}
