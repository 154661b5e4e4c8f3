/**
 * What the service worker keeps for reading offline, shared by the worker (lib/offline/sw.ts) and the page
 * script that registers it (lib/offline/register.ts). No DOM, no worker globals: both bundles import it.
 */

/** The runtime cache that holds pages (HTML). The page script reads it to see what is already saved. */
export const PAGES_CACHE = 'pages';

/** The page shown in place of one that was never saved, per locale. */
export function offlinePath(locale: string): string {
  return `/${locale}/offline`;
}

/** The locale of a path (its first segment), or the default. */
export function localeOfPath(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return /^[a-z]{2,3}$/.test(first) ? first : 'en';
}

const pageSegment = /^[A-Za-z0-9_-]+$/;

/**
 * A page of the portal that may be kept: a path under a locale made only of slugs (no file extension, not a Next
 * asset, not an image route). Pages with a query (search results, a lender search, Next's own `_rsc` requests) are
 * never kept: a query may carry what someone typed. The letter page is the one exception, see `isLetterPage`.
 */
export function isKeptPagePath(pathname: string): boolean {
  const segments = pathname.replace(/\/$/, '').split('/').slice(1);
  if (segments.length === 0 || !/^[a-z]{2,3}$/.test(segments[0] ?? '')) return false;
  return segments.every((s) => pageSegment.test(s));
}

/**
 * The letter generator is one static page; its query (`?type=&lender=&country=`) only chooses what the form starts
 * with, in the browser. It is kept once, without the query, and that copy answers any query offline.
 */
export function isLetterPage(pathname: string): boolean {
  return /^\/[a-z]{2,3}\/letter\/?$/.test(pathname);
}

/**
 * Paths (after the locale) saved on the first visit in a locale, besides the page being read. `troubleshootPaths`
 * are the troubleshooter's first two questions' pages, listed by the build from the prerendered pages.
 */
export function keptPaths(troubleshootPaths: readonly string[], saveData: boolean): string[] {
  const core = ['/troubleshoot', '/avoid', '/letter', '/offline'];
  // With the browser's data saver on, only the three tools and the offline page: the rest are saved as they are read.
  return saveData ? core : [...new Set([...core, ...troubleshootPaths])];
}
