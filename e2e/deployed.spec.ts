import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect } from './fixtures';

/**
 * The suite's build is made as a deployment would be, for a public origin that
 * is not this machine (`npm test` sets SITE_URL=https://example.org). Nothing
 * a person can share from it may point at localhost: links, QR codes,
 * canonical and hreflang links, Open Graph images, the sitemap, robots.txt.
 */
const site = new URL(process.env.SITE_URL ?? 'https://example.org').origin;

const pages = [
  '/en',
  '/hi/troubleshoot',
  '/en/troubleshoot/installment/paid/days-ago/not-sure/ke',
  '/ar/contacts/eg',
  '/en/lenders/payjoy',
  '/en/guides/which-lock-is-it',
  '/ur/avoid',
  '/en/letter',
  '/en/share',
  // rendered on request, not prerendered
  '/en/search?q=reset',
  '/en/lenders?q=payjoy',
];

test.describe.configure({ timeout: 180_000 });

test('sitemap and robots.txt name only the public origin', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).not.toContain('localhost');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
  expect(locs.length).toBeGreaterThan(100);
  for (const loc of locs) expect(loc.startsWith(`${site}/`), loc).toBe(true);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`);
  expect(robots).not.toContain('localhost');
});

for (const path of pages) {
  test(`${path}: canonical, hreflang, Open Graph and the whole page point at the public origin, never localhost`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    expect(html).not.toMatch(/localhost|127\.0\.0\.1/);
    await page.goto(path);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical?.startsWith(`${site}/`)).toBe(true);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href') ?? ''));
    expect(alternates.length).toBe(13); // twelve languages and x-default
    for (const href of alternates) expect(href.startsWith(`${site}/`), href).toBe(true);
    for (const image of await page.locator('meta[property="og:image"]').evaluateAll((ms) => ms.map((m) => m.getAttribute('content') ?? ''))) {
      expect(image.startsWith(`${site}/`), image).toBe(true);
    }
  });
}

test('the printed QR code of an answer carries the public address of that answer', async ({ page }) => {
  const path = '/en/troubleshoot/installment/paid/days-ago/not-sure/ke';
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const qr = page.locator('.print-qr svg');
  await expect(qr).toBeVisible();
  const png = PNG.sync.read(await qr.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`${site}${path}`);
});

test('a link copied with the share button or built on /share uses the address the page was opened at', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/share');
  const built = page.getByTestId('share-url');
  await expect(built).toHaveText(new RegExp(`^${new URL(baseURL as string).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/en/`));
});
