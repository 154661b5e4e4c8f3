import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import proxy from '@/proxy';
import { locales } from './routing';

function landing(acceptLanguage: string | null, cookie?: string): string | null {
  const headers = new Headers();
  if (acceptLanguage) headers.set('accept-language', acceptLanguage);
  if (cookie) headers.set('cookie', `NEXT_LOCALE=${cookie}`);
  const res = proxy(new NextRequest('http://localhost/', { headers }));
  const location = res.headers.get('location');
  return location ? new URL(location).pathname : null;
}

describe('locale negotiation on /', () => {
  it.each([
    ['hi-IN,hi;q=0.9,en;q=0.8', '/hi'],
    ['es-MX,es;q=0.9', '/es'],
    ['es-419', '/es'],
    ['ar-EG,ar;q=0.9', '/ar'],
    ['id-ID', '/id'],
    ['en-IN,en;q=0.9', '/en'],
    ['fr-FR,fr;q=0.9', '/en'],
    ['pt-BR,pt;q=0.9', '/pt'],
    ['ms-MY', '/ms'],
    ['ur-PK,ur;q=0.9,en;q=0.5', '/ur'],
    ['bn-BD', '/bn'],
    ['ta-LK', '/ta'],
    ['vi-VN', '/vi'],
    ['th-TH', '/th'],
    ['de;q=0.9, hi;q=0.5', '/hi'],
  ])('Accept-Language %s lands on %s', (header, expected) => {
    expect(landing(header)).toBe(expected);
  });

  it('falls back to English without Accept-Language', () => {
    expect(landing(null)).toBe('/en');
  });

  it('a regional variant of every shipped locale falls back to that locale', () => {
    for (const l of locales) expect(landing(`${l}-XX`)).toBe(`/${l}`);
  });

  it('a remembered choice wins over the browser language', () => {
    expect(landing('hi-IN', 'ar')).toBe('/ar');
  });
});
