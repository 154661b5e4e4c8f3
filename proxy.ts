import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy } from '@/lib/csp';
import { hasPersonalNumber, removedParam, withoutPersonalNumbers } from '@/lib/privacy';

const intl = createMiddleware(routing);

let hashes: Record<string, string[]> | undefined;
function scriptHashes(): Record<string, string[]> {
  // Written by scripts/csp-hashes.mjs after the build; absent in `next dev`.
  if (!hashes) {
    try {
      hashes = JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'csp-hashes.json'), 'utf8'));
    } catch {
      hashes = {};
    }
  }
  return hashes as Record<string, string[]>;
}

/** Passes a header to the page render, beside the ones next-intl already passes. */
function forwardRequestHeader(res: Response, name: string, value: string) {
  const list = res.headers.get('x-middleware-override-headers');
  res.headers.set('x-middleware-override-headers', list ? `${list},${name}` : name);
  res.headers.set(`x-middleware-request-${name}`, value);
}

/**
 * Every page path segment is a locale, an id or a slug: letters, digits and
 * dashes. Anything else (a stray `%25`, markup, unicode) names no page, so it
 * goes straight to the 404 page; Next would otherwise answer 500 for some of
 * them on routes with `dynamicParams = false`.
 */
const pageSegment = /^[A-Za-z0-9_-]+$/;
function namesNoPage(pathname: string): boolean {
  return pathname.split('/').some((segment) => segment !== '' && !pageSegment.test(segment));
}

/**
 * A search that arrives with an IMEI, phone number or reference in `?q=` (a
 * browser that skipped the form's check, or a pasted link) is sent on to the
 * same page without it, so the number does not stay in the address or the
 * browser's history, and the page says what was taken out.
 */
function withoutNumberInQuery(request: NextRequest): NextResponse | undefined {
  const q = request.nextUrl.searchParams.getAll('q');
  if (!q.some(hasPersonalNumber)) return undefined;
  const url = request.nextUrl.clone();
  url.searchParams.delete('q');
  const kept = q.map(withoutPersonalNumbers).find((v) => v !== '');
  if (kept) url.searchParams.set('q', kept);
  url.searchParams.set(removedParam, '1');
  const res = NextResponse.redirect(url, 303);
  res.headers.set('Cache-Control', 'no-store');
  return res;
}

export default function proxy(request: NextRequest) {
  const stripped = withoutNumberInQuery(request);
  if (stripped) return stripped;
  let res = intl(request);
  if (res.headers.has('location')) return res;
  if (namesNoPage(request.nextUrl.pathname)) {
    const locale = res.headers.get('x-middleware-request-x-next-intl-locale') ?? routing.defaultLocale;
    const notFound = NextResponse.rewrite(new URL(`/${locale}/page-not-found`, request.url));
    // Keep what next-intl passes to the page (the negotiated locale) on the rewrite.
    res.headers.forEach((value, key) => {
      if (key.startsWith('x-middleware-request-') || key === 'x-middleware-override-headers' || key === 'set-cookie') notFound.headers.set(key, value);
    });
    res = notFound;
  }
  const prerendered = scriptHashes()[request.nextUrl.pathname];
  if (prerendered) {
    res.headers.set('Content-Security-Policy', contentSecurityPolicy(prerendered));
  } else {
    // Rendered on demand (404s, pages that read the query): Next puts this nonce on its scripts.
    const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
    const policy = contentSecurityPolicy([`'nonce-${nonce}'`]);
    forwardRequestHeader(res, 'content-security-policy', policy);
    res.headers.set('Content-Security-Policy', policy);
  }
  return res;
}

export const config = {
  // Everything but Next's own files, metadata routes and files with an extension.
  matcher: ['/((?!_next|_vercel|sitemap.xml|robots.txt|.*\\..*).*)'],
};
