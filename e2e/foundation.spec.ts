import { test, expect, expectAccessible } from './fixtures';

test('home renders in English with the lock message as text', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is your phone showing this message?');
  await expect(page.getByText('This device is locked due to an overdue installment payment')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start now' })).toHaveAttribute('href', '/en/troubleshoot');
  await expectAccessible(page);
});
