/**
 * The Content-Security-Policy of every page. Scripts run only from this
 * origin, plus the inline bootstrap scripts Next writes into each page:
 * allowed by their sha256 hashes on prerendered pages (computed from the built
 * HTML by scripts/csp-hashes.mjs), or by a per-request nonce on pages rendered
 * on demand. No 'unsafe-inline' or 'unsafe-eval' for scripts.
 */
export function contentSecurityPolicy(scriptSources: string[]): string {
  return [
    "default-src 'self'",
    // Development only: React's dev tooling evaluates code.
    ['script-src', "'self'", ...scriptSources, ...(process.env.NODE_ENV === 'development' ? ["'unsafe-eval'"] : [])].join(' '),
    // React and Tailwind set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
