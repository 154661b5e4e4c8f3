import { describe, expect, it } from 'vitest';
import { isKeptPagePath, isLetterPage, keptPaths, localeOfPath, offlinePath } from './pages';

describe('which pages the service worker keeps', () => {
  it('keeps pages under a locale made of slugs', () => {
    for (const p of [
      '/hi',
      '/hi/',
      '/en/troubleshoot',
      '/ar/troubleshoot/installment/paid/days-ago/samsung/br',
      '/en/contacts/in',
      '/en/guides/find-your-imei',
    ])
      expect(isKeptPagePath(p), p).toBe(true);
  });
  it('never keeps assets, files, image routes, the root redirect or odd paths', () => {
    for (const p of [
      '/',
      '/_next/static/chunks/a.js',
      '/sw.js',
      '/offline.js',
      '/og/en/avoid.png',
      '/en/search/index.json',
      '/icon.svg',
      '/EN/avoid',
      '/en/%3Cb%3E',
      '/english/avoid',
    ])
      expect(isKeptPagePath(p), p).toBe(false);
  });
  it('knows the letter page, whatever its query', () => {
    expect(isLetterPage('/en/letter')).toBe(true);
    expect(isLetterPage('/ur/letter/')).toBe(true);
    expect(isLetterPage('/en/letter/templates.json')).toBe(false);
    expect(isLetterPage('/en/letters')).toBe(false);
  });
  it('saves the three tools and the offline page, plus the troubleshooter pages unless data saver is on', () => {
    const ts = ['/troubleshoot/installment', '/troubleshoot/warning'];
    expect(keptPaths(ts, false)).toEqual(['/troubleshoot', '/avoid', '/letter', '/offline', ...ts]);
    expect(keptPaths(ts, true)).toEqual(['/troubleshoot', '/avoid', '/letter', '/offline']);
  });
  it('falls back to the page of the locale asked for, or English', () => {
    expect(offlinePath(localeOfPath('/ar/guides/x'))).toBe('/ar/offline');
    expect(offlinePath(localeOfPath('/'))).toBe('/en/offline');
    expect(offlinePath(localeOfPath('/_next/x'))).toBe('/en/offline');
  });
});
