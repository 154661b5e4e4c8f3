import { defaultLocale, locales } from './routing';

/** Path of a page in a locale: `localePath('hi', '/lenders')` is `/hi/lenders`. */
export function localePath(locale: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`path must start with "/": ${path}`);
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** The same page in another locale: swaps the first segment of a prefixed path. */
export function switchLocalePath(pathname: string, locale: string): string {
  const [, first = '', ...rest] = pathname.split('/');
  const tail = (locales as readonly string[]).includes(first) ? rest : [first, ...rest].filter(Boolean);
  return localePath(locale, tail.length ? `/${tail.join('/')}` : '/');
}

export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? 'http://localhost:3000');
}

/** hreflang alternates for one page: every locale, plus x-default pointing at the default locale. */
export function alternates(path: string): Record<string, string> {
  return Object.fromEntries([...locales.map((l) => [l, localePath(l, path)]), ['x-default', localePath(defaultLocale, path)]]);
}
