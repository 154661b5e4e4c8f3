import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.PORT ?? 3000);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // Generous: axe and crawls on a 2-core machine are slow; nothing here is a timed test.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Chromium's own background traffic would otherwise hit this machine's closed network.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [
    // Service workers are blocked here, so every test sees the network as a first visit would.
    {
      name: 'chromium',
      testIgnore: /offline\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined, serviceWorkers: 'block' },
    },
    // Offline reading: the service worker runs, saves pages, and serves them with the network off.
    { name: 'offline', testMatch: /offline\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined, serviceWorkers: 'allow' } },
  ],
  // Tests run against the production build; `npm test` builds first.
  webServer: {
    command: `node scripts/server.mjs -p ${port}`,
    url: `${baseURL}/en`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
