import { describe, expect, it } from 'vitest';
import { cacheKey, createPageCache, encodingFor, refreshCookieExpiry } from './page-cache.mjs';

const prerendered = (p: string) => p === '/en/troubleshoot';
const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });

describe('cacheKey', () => {
  it('keys a plain GET of a prerendered page on what next-intl reads for its cookie', () => {
    const a = cacheKey(get('/en/troubleshoot', { 'accept-language': 'hi-IN,hi;q=0.9', cookie: 'NEXT_LOCALE=hi' }), prerendered);
    const b = cacheKey(get('/en/troubleshoot', { 'accept-language': 'hi-IN,hi;q=0.9', cookie: 'NEXT_LOCALE=en' }), prerendered);
    const c = cacheKey(get('/en/troubleshoot', { 'accept-language': 'en-GB', cookie: 'NEXT_LOCALE=hi' }), prerendered);
    const d = cacheKey(get('/en/troubleshoot', { 'accept-language': 'hi-IN,hi;q=0.9', cookie: 'NEXT_LOCALE=hi', 'sec-fetch-dest': 'document' }), prerendered);
    expect(a).toBeTypeOf('string');
    expect(new Set([a, b, c, d]).size).toBe(4);
    // Headers Next does not read for a prerendered page do not split the cache.
    expect(cacheKey(get('/en/troubleshoot', { 'accept-language': 'en-GB', 'user-agent': 'x', accept: 'text/html' }), prerendered)).toBe(
      cacheKey(get('/en/troubleshoot', { 'accept-language': 'en-GB' }), prerendered),
    );
  });

  it('sends to Next what Next would answer differently', () => {
    expect(cacheKey(get('/en/search'), prerendered)).toBeUndefined();
    expect(cacheKey(get('/en/troubleshoot?q=123'), prerendered)).toBeUndefined();
    expect(cacheKey({ method: 'HEAD', url: '/en/troubleshoot', headers: {} }, prerendered)).toBeUndefined();
    expect(cacheKey({ method: 'POST', url: '/en/troubleshoot', headers: {} }, prerendered)).toBeUndefined();
    for (const header of ['rsc', 'next-router-prefetch', 'next-action', 'if-none-match', 'range', 'x-prerender-revalidate']) {
      expect(cacheKey(get('/en/troubleshoot', { [header]: '1' }), prerendered), header).toBeUndefined();
    }
    expect(cacheKey(get('/en/troubleshoot', { cookie: 'NEXT_LOCALE=en; __prerender_bypass=abc' }), prerendered)).toBeUndefined();
  });
});

describe('createPageCache', () => {
  const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=31536000', 'content-length': 5, date: 'x' };

  it('keeps a 200 HTML answer with its headers, less the ones that describe one transfer', () => {
    const cache = createPageCache(1000);
    cache.set('k', 200, { ...html, 'set-cookie': ['NEXT_LOCALE=en; Path=/'] }, Buffer.from('hello'));
    const entry = cache.get('k');
    expect(entry?.headers).toEqual([
      ['content-type', 'text/html; charset=utf-8'],
      ['cache-control', 's-maxage=31536000'],
      ['set-cookie', ['NEXT_LOCALE=en; Path=/']],
    ]);
    expect(entry?.bodies.identity?.toString()).toBe('hello');
  });

  it('keeps no error page, no other type and nothing marked not to store', () => {
    const cache = createPageCache(1000);
    cache.set('a', 404, html, Buffer.from('gone'));
    cache.set('b', 200, { ...html, 'content-type': 'application/json' }, Buffer.from('{}'));
    cache.set('c', 200, { ...html, 'cache-control': 'private, no-store' }, Buffer.from('mine'));
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, undefined, undefined]);
  });

  it('compresses once per encoding and lets the least recently used go past the byte limit', () => {
    const cache = createPageCache(25);
    let calls = 0;
    const compress = (body: Buffer, enc: string) => (calls++, Buffer.from(`${enc}:${body.length}`));
    const first = cache.set('first', 200, html, Buffer.from('0123456789'))!;
    expect(cache.body(first, 'br', compress).toString()).toBe('br:10');
    expect(cache.body(first, 'br', compress).toString()).toBe('br:10');
    expect(calls).toBe(1);
    cache.set('second', 200, html, Buffer.from('abcdefghij'));
    cache.get('first');
    cache.set('third', 200, html, Buffer.from('ABCDEFGHIJ'));
    expect(cache.get('second')).toBeUndefined();
    expect(cache.get('first')).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(25);
  });
});

describe('encodingFor', () => {
  it('prefers brotli, then gzip', () => {
    expect(encodingFor('gzip, deflate, br')).toBe('br');
    expect(encodingFor('gzip')).toBe('gzip');
    expect(encodingFor(undefined)).toBe('identity');
  });
});

describe('refreshCookieExpiry', () => {
  it('counts Expires again from Max-Age, as Next writes it', () => {
    const now = Date.UTC(2026, 11, 5, 8, 0, 0);
    expect(refreshCookieExpiry(['NEXT_LOCALE=ar; Path=/; Expires=Sat, 05 Dec 2026 07:00:00 GMT; Max-Age=60; SameSite=lax'], now)).toEqual([
      'NEXT_LOCALE=ar; Path=/; Expires=Sat, 05 Dec 2026 08:01:00 GMT; Max-Age=60; SameSite=lax',
    ]);
    expect(refreshCookieExpiry('a=b; Path=/', now)).toBe('a=b; Path=/');
  });
});
