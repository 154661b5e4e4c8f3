import { test, expect, expectAccessible, messages, recordCspViolations } from './fixtures';

const homeHeadings: Record<string, string> = {
  en: 'Is your phone showing this message?',
  hi: 'क्या आपके फ़ोन पर यह संदेश दिख रहा है?',
  ar: 'هل تظهر هذه الرسالة على هاتفك؟',
};

for (const [locale, heading] of Object.entries(homeHeadings)) {
  test(`home in ${locale} has the right lang, dir, heading and start button`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    // The lock message is text, in English as phones show it.
    await expect(page.getByText('This device is locked due to an overdue installment payment', { exact: true })).toBeVisible();
    await expect(page.locator(`a[href="/${locale}/troubleshoot"]`).first()).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Xiaomi');
  });

  test(`unknown page in ${locale} is a localized 404`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/at-all`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expect(
      page
        .getByRole('link', { name: /.+/ })
        .filter({ has: page.locator(`[href="/${locale}/troubleshoot"]`) })
        .or(page.locator(`main a[href="/${locale}/troubleshoot"]`)),
    ).toBeVisible();
  });
}

for (const path of ['/en', '/ar', '/en/missing', '/ar/missing']) {
  test(`${path} passes axe`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page);
  });
}

test.describe('locale negotiation', () => {
  test('a Hindi browser (hi-IN) lands on /hi', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'hi-IN', extraHTTPHeaders: { 'Accept-Language': 'hi-IN,hi;q=0.9,en;q=0.5' } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(/\/hi$/);
    await context.close();
  });

  test('regional variants fall back to the language', async ({ request }) => {
    for (const [header, locale] of [
      ['es-MX,es;q=0.9', 'es'],
      ['ar-EG', 'ar'],
      ['id-ID', 'id'],
      ['fr-FR,fr;q=0.9', 'en'],
    ]) {
      const res = await request.get('/', { headers: { 'Accept-Language': header as string }, maxRedirects: 0 });
      expect(res.status(), header).toBe(307);
      expect(new URL(res.headers()['location'] as string, 'http://x').pathname, header).toBe(`/${locale}`);
    }
  });

  test('a chosen language is remembered over the browser language', async ({ page }) => {
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'en-US,en;q=0.9' });
    await page.goto('/en');
    await page.locator('header summary', { hasText: 'English' }).click();
    await page.getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(/\/ar$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/ar$/);
  });
});

test('the language switcher keeps the current page', async ({ page }) => {
  await page.goto('/en/some/missing/page');
  await page.locator('header summary', { hasText: 'English' }).click();
  const hindi = page.getByRole('link', { name: 'हिन्दी' });
  await expect(hindi).toHaveAttribute('href', '/hi/some/missing/page');
  await expect(hindi).toHaveAttribute('hreflang', 'hi');
});

test('every page head has absolute hreflang alternates and x-default', async ({ page }) => {
  await page.goto('/es');
  const links = page.locator('link[rel="alternate"][hreflang]');
  const hreflangs = await links.evaluateAll((els) => els.map((e) => [e.getAttribute('hreflang'), e.getAttribute('href')]));
  const map = Object.fromEntries(hreflangs);
  // Absolute URLs on the configured site origin (SITE_URL), one per locale.
  for (const l of ['en', 'hi', 'es', 'id', 'ar']) expect(map[l]).toMatch(new RegExp(`^https?://[^/]+/${l}$`));
  expect(map['x-default']).toMatch(/^https?:\/\/[^/]+\/en$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/es$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'es');
  await expect(page).toHaveTitle(/Teléfono bloqueado|teléfono/i);
});

test('sitemap lists every locale with hreflang alternates; robots points to it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const l of ['en', 'hi', 'es', 'id', 'ar']) expect(xml).toContain(`/${l}</loc>`);
  expect(xml).toContain('hreflang="x-default"');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml/);
});

test('responses carry the security headers', async ({ request }) => {
  // A prerendered page has no inline script (only its module from 'self'); a page rendered on request (the 404) is
  // given a nonce, though no script of the framework is left in it (e2e/no-framework.spec.ts).
  for (const [path, scripts] of [
    ['/en', /script-src 'self';/],
    ['/ar/missing', /script-src 'self' 'nonce-[^']+';/],
  ] as const) {
    const h = (await request.get(path)).headers();
    expect(h['content-security-policy']).toContain("default-src 'self'");
    expect(h['content-security-policy']).toMatch(scripts);
    expect(h['content-security-policy']).not.toMatch(/unsafe-(inline|eval)'[^;]*;?\s*style-src/);
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).not.toMatch(/https?:\/\//);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['strict-transport-security']).toContain('max-age=');
  }
});

test('prerendered pages may be cached by a CDN; hashed assets are immutable', async ({ request, page }) => {
  const res = await request.get('/hi');
  expect(res.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  const assets: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/_next/static/')) assets.push(r.headers()['cache-control'] ?? '');
  });
  await page.goto('/hi');
  expect(assets.length).toBeGreaterThan(0);
  for (const cc of assets) expect(cc).toContain('immutable');
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('strict CSP: pages run their scripts with no violation, prerendered or rendered on demand', async ({ page }) => {
  const violations = await recordCspViolations(page);
  for (const [path, copy] of [
    ['/en/avoid', messages('en', 'share').copy],
    ['/ar/avoid', messages('ar', 'share').copy],
  ] as const) {
    await page.goto(path);
    // The page's enhancement module ran: only it shows the copy-link button.
    await expect(page.getByRole('button', { name: copy })).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
  // A page rendered on demand (the 404), its framework scripts taken out: its module loads, with no violation.
  const enhance = page.waitForResponse((r) => new URL(r.url()).pathname === '/enhance/main.js');
  const res = await page.goto('/hi/missing-page');
  expect(res?.status()).toBe(404);
  expect((await enhance).status()).toBeLessThan(400); // 200, or 304 after the visits before
  expect(await page.evaluate(() => '__next_f' in self)).toBe(false);
  expect(await violations(), '/hi/missing-page').toEqual([]);
});
