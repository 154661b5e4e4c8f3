import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every e2e test gets `offOrigin`: the requests its page made to any other
 * origin. The fixture fails the test if there is one, so every test also
 * proves the portal contacts no third party.
 */
export const test = base.extend<{ offOrigin: string[] }>({
  offOrigin: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL as string).origin;
      const seen: string[] = [];
      page.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob|about|chrome-extension):/.test(url)) return;
        if (new URL(url).origin !== origin) seen.push(url);
      });
      await use(seen);
      expect(seen, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The shipped strings of one namespace, so tests check what a reader in that language sees. */
export function messages(locale: string, ns: string) {
  return JSON.parse(readFileSync(path.join(process.cwd(), 'content', locale, 'messages', `${ns}.json`), 'utf8'));
}

/** axe with WCAG 2.0–2.2 A and AA rules: no serious or critical violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(bad, `axe violations on ${page.url()}`).toEqual([]);
}

/** Collects Content-Security-Policy violations reported on the page (call before goto). */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** A browser voice for these languages that records what it is asked to say: no sound, nothing sent. */
export async function fakeVoices(page: Page, langs: string[], localService = true) {
  await page.addInitScript(
    ({ voiceLangs, local }: { voiceLangs: string[]; local: boolean }) => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      const fake = {
        getVoices: () => voiceLangs.map((lang) => ({ lang, name: `Test ${lang}`, localService: local })),
        speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        text: string;
        lang = '';
        voice: unknown = null;
        constructor(text: string) {
          this.text = text;
        }
      };
    },
    { voiceLangs: langs, local: localService },
  );
}
