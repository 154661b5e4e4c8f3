import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';

/**
 * scripts/server.mjs answers a prerendered page from memory once Next has answered it (lib/html/page-cache.mjs).
 * The answer from memory must be Next's answer to that same request: the same page, the same security headers, and
 * the same locale cookie decision, which next-intl makes from the cookie, Accept-Language and Sec-Fetch-Dest.
 * A query string sends a request to Next, so `?from=next` is Next's own answer to compare with.
 */
const requests: { name: string; headers: Record<string, string> }[] = [
  { name: 'a first visit, browser in Hindi', headers: { 'accept-language': 'hi-IN,hi;q=0.9' } },
  { name: 'a first visit, browser in the page language', headers: { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' } },
  { name: 'the locale cookie already says this language', headers: { cookie: 'NEXT_LOCALE=ar', 'accept-language': 'en' } },
  { name: 'the locale cookie says another language', headers: { cookie: 'NEXT_LOCALE=fr', 'accept-language': 'en' } },
  { name: 'a background request with another language cookie', headers: { cookie: 'NEXT_LOCALE=fr', 'sec-fetch-dest': 'empty' } },
];
const compared = [
  'content-type',
  'cache-control',
  'content-security-policy',
  'set-cookie',
  'x-frame-options',
  'referrer-policy',
  'strict-transport-security',
  'permissions-policy',
  'x-content-type-options',
];

const withoutExpiry = (value: string | null) => value?.replace(/Expires=[^;]+/, 'Expires=…') ?? null;

for (const path of ['/ar/avoid', '/ar/troubleshoot/installment', '/ar/letter']) {
  test(`${path}: the answer from memory is Next's answer, for each locale-cookie case`, async () => {
    for (const { name, headers } of requests) {
      const get = (url: string) => fetch(`${baseURL}${url}`, { headers, redirect: 'manual' });
      await get(path);
      const fromMemory = await get(path);
      const fromNext = await get(`${path}?from=next`);
      expect(fromMemory.headers.get('x-cache'), name).toBe('HIT');
      expect(fromNext.headers.get('x-cache'), name).toBeNull();
      expect(fromMemory.status, name).toBe(fromNext.status);
      for (const header of compared)
        expect(withoutExpiry(fromMemory.headers.get(header)), `${name}: ${header}`).toBe(withoutExpiry(fromNext.headers.get(header)));
      // The cookie's Expires is written for the moment of the answer, from its Max-Age.
      const expires = /Expires=([^;]+)/.exec(fromMemory.headers.get('set-cookie') ?? '')?.[1];
      const maxAge = Number(/Max-Age=(\d+)/.exec(fromMemory.headers.get('set-cookie') ?? '')?.[1]);
      if (expires) expect(Math.abs(Date.parse(expires) - (Date.now() + maxAge * 1000)), name).toBeLessThan(10_000);
      expect(await fromMemory.text(), name).toBe(await fromNext.text());
    }
  });
}

test('a page is sent compressed in the encoding the browser accepts, and says it varies on it', async () => {
  for (const encoding of ['br', 'gzip']) {
    const res = await fetch(`${baseURL}/hi/avoid`, { headers: { 'accept-encoding': encoding } });
    await res.arrayBuffer();
    const again = await fetch(`${baseURL}/hi/avoid`, { headers: { 'accept-encoding': encoding } });
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(again.headers.get('content-encoding')).toBe(encoding);
    expect(again.headers.get('vary') ?? '').toMatch(/accept-encoding/i);
    expect(await again.text()).toContain('<html lang="hi"');
  }
});

test('a search with an IMEI in the address still goes to the proxy, which takes the number out', async () => {
  const res = await fetch(`${baseURL}/en/search?q=356938035643809`, { redirect: 'manual' });
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).not.toContain('356938035643809');
});
