import { test, expect, expectAccessible } from './fixtures';

// axe on pages that list 50 lenders or many contacts takes a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

test.describe('lender lookup', () => {
  test('a misspelled name finds the lender as you type, and the URL follows (en)', async ({ page }) => {
    await page.goto('/en/lenders');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find your lender');
    await page.getByLabel('Name on the lock screen').fill('dmi finanse');
    const results = page.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('link').first()).toHaveText('DMI Finance Private Limited');
    await expect(page).toHaveURL(/\/en\/lenders\?q=dmi\+finanse$/);
    await expectAccessible(page);
  });

  test('works without JavaScript: the form submits and the server lists the results', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/en/lenders');
    await page.getByLabel('Name on the lock screen').fill('home credt');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/en\/lenders\?q=home\+credt&country=$/);
    const links = page.getByRole('list', { name: 'Results' }).getByRole('link');
    await expect(links.filter({ hasText: 'Home Credit India Finance Private Limited' })).toBeVisible();
    await expect(links.filter({ hasText: 'Home Credit Philippines' })).toBeVisible();
    await context.close();
  });

  test('the country filter narrows the list, and a shared link shows the same list', async ({ page }) => {
    await page.goto('/en/lenders?q=home+credit&country=ph');
    const links = page.getByRole('list', { name: 'Results' }).getByRole('link');
    await expect(links).toHaveCount(1);
    await expect(links).toHaveText('Home Credit Philippines');
    await page.getByLabel('Country').selectOption({ label: 'Kenya' });
    await page.getByLabel('Name on the lock screen').fill('');
    await expect(links.filter({ hasText: 'Safaricom Lipa Mdogo Mdogo' })).toBeVisible();
    await expect(links.filter({ hasText: 'DMI Finance' })).toHaveCount(0);
    await expect(page).toHaveURL(/\/en\/lenders\?country=ke$/);
  });

  for (const query of ['zzqqxx', 'TVS Credit', 'Samsung Finance+']) {
    test(`"${query}": no lender found, and what to do next`, async ({ page }) => {
      await page.goto(`/en/lenders?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('status')).toHaveText('No lenders found');
      await expect(page.getByRole('list', { name: 'Results' })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'No lender found by that name' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Answer a few questions to find out who locked your phone' })).toHaveAttribute('href', '/en/troubleshoot');
      await expect(page.getByRole('link', { name: 'Write a letter to ask who locked your phone' })).toHaveAttribute('href', '/en/letter?type=identify-lender');
      await expect(page.getByRole('link', { name: 'See every lender we know, by country' })).toHaveAttribute('href', '/en/lenders');
      await expectAccessible(page);
    });
  }
  test('a typo still finds the lender, with JavaScript as the person types', async ({ page }) => {
    await page.goto('/en/lenders');
    await page.getByLabel('Name on the lock screen').fill('Cholamandalm');
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('link').first()).toHaveText(/Cholamandalam/);
  });

  test('Arabic: right to left, Arabic aliases and Latin typos both find lenders, with and without JavaScript', async ({ page, browser, baseURL }) => {
    await page.goto('/ar/lenders?q=تابي');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const results = page.getByRole('list', { name: 'النتائج' });
    await expect(results.getByRole('link').first()).toHaveText('Tabby');
    await page.getByLabel('الاسم على شاشة القفل').fill('bajaj');
    await expect(results.getByRole('link').first()).toHaveText('Bajaj Finance Limited (Bajaj Finserv)');
    await expectAccessible(page);

    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const noJs = await context.newPage();
    await noJs.goto('/ar/lenders?q=payjoi');
    await expect(noJs.getByRole('list', { name: 'النتائج' }).getByRole('link').first()).toHaveText('PayJoy');
    await context.close();
  });
});

test.describe('lender page', () => {
  test('shows official payment channels, the posting window, letters, contacts and sources (en)', async ({ page }) => {
    await page.goto('/en/lenders/dmi-finance');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('DMI Finance Private Limited');
    await expect(page.getByRole('heading', { name: 'Pay only through these official channels' })).toBeVisible();
    await expect(page.getByText('Never pay a person who calls or messages you')).toBeVisible();
    await expect(page.getByText('A payment can take up to 3 working days to show on your DMI Finance Private Limited account.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Write a letter: I paid but my phone is still locked' })).toHaveAttribute(
      'href',
      '/en/letter?type=paid-still-locked&lender=dmi-finance',
    );
    await expect(page.getByRole('link', { name: 'Write a letter: ask for the exact amount I owe' })).toHaveAttribute(
      'href',
      '/en/letter?type=overdue-amount&lender=dmi-finance',
    );
    await expect(page.getByRole('link', { name: 'Support contacts in India' })).toHaveAttribute('href', '/en/contacts/in');
    await expect(page.getByRole('link', { name: 'customercare@dmifinance.in' })).toHaveAttribute('href', 'mailto:customercare@dmifinance.in');
    await expect(page.getByRole('link', { name: /^Source( \d)? ?: dmifinance\.in$/ }).first()).toHaveAttribute('href', /^https:\/\/dmifinance\.in\//);
    await expectAccessible(page);
  });

  test('a lender with no sign of locking phones does not say it holds the lock, and sends a locked phone to the lock decoder', async ({ page }) => {
    await page.goto('/en/lenders/qisstpay');
    await expect(page.getByText('Never pay a person who calls or messages you')).toBeVisible();
    await expect(page.getByText('Only the lender can remove this lock.')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Paid, but still locked?' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Is your phone locked?' })).toBeVisible();
    await expect(page.getByText('We found no sign that QisstPay locks phones.', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Find out which lock it is' })).toHaveAttribute('href', '/en/guides/which-lock-is-it');
    // A lender that locks phones keeps both.
    await page.goto('/en/lenders/dmi-finance');
    await expect(page.getByText('Only the lender can remove this lock.', { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Paid, but still locked?' })).toBeVisible();
  });

  test('a closed lender says so, and unconfirmed facts are marked (ar)', async ({ page }) => {
    await page.goto('/ar/lenders/mi-credit');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByText(/مغلقة منذ/)).toBeVisible();
    await expect(page.getByText('القروض القائمة تبقى مع الجهات الشريكة')).toBeVisible();
    await expectAccessible(page);
    await page.goto('/ar/lenders/home-credit-vietnam');
    await expect(page.getByText('غير مؤكد بعد').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /1800 6860/ })).toHaveAttribute('href', 'tel:+8418006860');
  });

  test('an unknown lender gets a 404', async ({ page }) => {
    const response = await page.goto('/en/lenders/no-such-lender');
    expect(response?.status()).toBe(404);
  });
});

test.describe('contacts', () => {
  test('countries are grouped by region and named in the page language', async ({ page }) => {
    await page.goto('/en/contacts');
    await expect(page.getByRole('heading', { name: 'South Asia' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'India' })).toHaveAttribute('href', '/en/contacts/in');
    // Whose lines they are, and only "lines" where there is a number or an address to write to.
    await expect(page.getByText("The support lines listed are Xiaomi's, for Xiaomi, Redmi and POCO phones.")).toBeVisible();
    await expect(page.locator('li', { has: page.getByRole('link', { name: 'India', exact: true }) })).toContainText('(Xiaomi phone or e-mail known)');
    await expect(page.locator('li', { has: page.getByRole('link', { name: 'Kenya', exact: true }) })).toContainText('(Xiaomi website or address only)');
    await expectAccessible(page);
  });

  test('the country list is in Arabic on the Arabic page', async ({ page }) => {
    await page.goto('/ar/contacts');
    await expect(page.getByRole('link', { name: 'الهند' })).toHaveAttribute('href', '/ar/contacts/in');
    await expectAccessible(page);
  });

  test('India: hotline with tel: link, no hours and no open-now without a source for them, unconfirmed marks (en)', async ({ page }) => {
    await page.goto('/en/contacts/in');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Support contacts in India');
    const hotline = page.getByRole('link', { name: '1800 103 6286' });
    await expect(hotline).toHaveAttribute('href', 'tel:+9118001036286');
    // A toll-free number: free from inside India, no international form that suggests it works from abroad.
    await expect(page.locator('li', { has: hotline })).toContainText('Free to call from inside India. It may not work from abroad.');
    await expect(page.getByText('+91 1800 103 6286')).toHaveCount(0);
    // The lines are Xiaomi's, and owners of other makes are told so.
    await expect(page.getByRole('heading', { level: 2, name: 'Xiaomi, Redmi and POCO support' })).toBeVisible();
    await expect(page.getByText(/If your phone is a Samsung, OPPO, vivo, Tecno or another make, contact the company that made it\./)).toBeVisible();
    // No source gives the hours of this line: the page must not guess them.
    await expect(page.getByTestId('open-now')).toHaveCount(0);
    await expect(page.getByText(/Open now|Closed now/)).toHaveCount(0);
    const hotlineItem = page.locator('li', { has: hotline });
    await expect(hotlineItem.getByText('Not yet confirmed on an official page', { exact: true })).toBeVisible();
    await expect(hotlineItem.getByText(/checked against the source on/)).toHaveCount(0);
    const globalSupport = page.locator('li', { has: page.getByRole('link', { name: 'mi.com/global/support' }) }).first();
    await expect(globalSupport.getByText('Not yet confirmed', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'mi.com/global/support' }).first()).toHaveAttribute('href', 'https://www.mi.com/global/support/');
    await expect(page.getByRole('link', { name: 'Search lenders in India' })).toHaveAttribute('href', '/en/lenders?country=in');
    await expect(page.getByRole('link', { name: 'cms.rbi.org.in' })).toBeVisible();
    await expectAccessible(page);
  });

  test('Singapore: hours from the source, open-now in Singapore time, and "checked" with its date', async ({ page }) => {
    // 03:00 UTC on Tuesday is 11:00 in Singapore: open.
    await page.clock.setFixedTime(new Date('2026-11-24T03:00:00Z'));
    await page.goto('/en/contacts/sg');
    const hotline = page.getByRole('link', { name: '800 852 8474' });
    await expect(hotline).toHaveAttribute('href', /^tel:\+65/);
    const item = page.locator('li', { has: hotline });
    await expect(item.getByText(/Monday – Friday, 9:00 AM – 6:00 PM/)).toBeVisible();
    await expect(item.getByTestId('open-now')).toHaveText('Open now. Closes at 6:00 PM.');
    await expect(item.getByText(/checked against the source on December 3, 2026/)).toBeVisible();
    await expect(item.getByRole('link', { name: /Source.*mi\.com/ })).toHaveAttribute('href', 'https://mi.com/sg/support/warranty');
  });

  test('after closing time it says when the line opens next', async ({ page }) => {
    // 11:00 UTC on Tuesday is 19:00 in Singapore: closed until Wednesday 09:00.
    await page.clock.setFixedTime(new Date('2026-11-24T11:00:00Z'));
    await page.goto('/en/contacts/sg');
    await expect(page.getByTestId('open-now')).toHaveText('Closed now. Opens Wednesday at 9:00 AM.');
  });

  test('a fact copied from research notes says so, and never "checked"', async ({ page }) => {
    await page.goto('/en/contacts/it');
    const line = page.locator('li', { has: page.getByRole('link', { name: '800 690 921' }) });
    await expect(line.getByText(/from our research notes/)).toBeVisible();
    await expect(line.getByText(/checked against the source on/)).toHaveCount(0);
  });

  test('Arabic country page: numbers stay left to right and tel: and web links work', async ({ page }) => {
    await page.goto('/ar/contacts/in');
    const hotline = page.getByRole('link', { name: '1800 103 6286' });
    await expect(hotline).toHaveAttribute('href', 'tel:+9118001036286');
    await expect(hotline.locator('bdi')).toHaveCSS('direction', 'ltr');
    await expect(page.getByRole('link', { name: 'mi.com/global/support' }).first()).toHaveAttribute('href', 'https://www.mi.com/global/support/');
    await expectAccessible(page);
  });

  test('a country with no lender listed says so, and offers the lookup of every lender, not an empty filter (Nepal)', async ({ page }) => {
    await page.goto('/en/contacts/np');
    await expect(page.getByText('We have no lenders listed for Nepal yet.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Find your lender' })).toHaveAttribute('href', '/en/lenders');
    await expect(page.getByRole('link', { name: 'Search lenders in Nepal' })).toHaveCount(0);
  });

  test('Arabic country page without known maker lines says so and points to the global ones', async ({ page }) => {
    await page.goto('/ar/contacts/ng');
    await expect(page.getByText('لم نجد خطوط دعم الشركة المصنّعة في نيجيريا')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Easybuy' })).toHaveAttribute('href', '/ar/lenders/easybuy');
    await expectAccessible(page);
  });
});
