// Dev helper: node scripts/screenshot.mjs http://localhost:3000/en out.png [width] [--print]
import { chromium } from '@playwright/test';

const [url, out, width = '360', ...flags] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
if (flags.includes('--print')) await page.emulateMedia({ media: 'print' });
if (flags.includes('--nojs')) await page.context().route('**/*.js', (r) => r.abort());
await page.goto(url, { waitUntil: 'networkidle' });
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
