import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // With revalidate = 86400 in the locale layout, prerendered pages answer
  // 's-maxage=86400, stale-while-revalidate=604800': a CDN may keep them a day and serve
  // them stale for a week while it fetches a fresh copy.
  expireTime: 86400 * 8,
  // experimental.inlineCss was measured and rejected: Next 16 puts the CSS in the page twice (in a
  // <style> and in the RSC payload), which more than doubled the HTML and lowered Lighthouse scores.
  experimental: { globalNotFound: true },
  async headers() {
    // The pages' Content-Security-Policy is set by proxy.ts (script hashes or a nonce per page).
    return [
      { source: '/:path*', headers: securityHeaders },
      // Enhancement chunks have content-hashed names (scripts/build-enhance.mjs); main.js does not, so it revalidates.
      { source: '/enhance/chunks/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      { source: '/icon.svg', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; style-src 'unsafe-inline'" }] },
    ];
  },
};

/**
 * Canonical and hreflang links, Open Graph images, the sitemap, robots.txt and printed QR codes
 * carry the public origin. A production build without it would send people links to
 * http://localhost, so it stops here and says what to set. `npm run serve` and `npm test`
 * set a local origin explicitly.
 */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) {
    const site = process.env.SITE_URL;
    let ok = false;
    try {
      ok = !!site && /^https?:$/.test(new URL(site).protocol);
    } catch {
      ok = false;
    }
    if (!ok) {
      throw new Error(
        `SITE_URL ${site ? `is not a URL ("${site}")` : 'is not set'}. Set it to the portal's public origin before building, ` +
          'for example: SITE_URL=https://help.example.org npm run build (for a build served only on this machine: ' +
          'SITE_URL=http://localhost:3000). Shared links, QR codes, canonical and hreflang links are built from it.',
      );
    }
  }
  // Inlined at build time, so pages rendered on request (search, lender lookup) use the same origin as prerendered ones.
  const env = process.env.SITE_URL ? { SITE_URL: process.env.SITE_URL } : {};
  return withNextIntl({ ...nextConfig, env });
}
