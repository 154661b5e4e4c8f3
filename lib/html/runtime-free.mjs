// @ts-check
/**
 * Content pages ship no framework JavaScript (docs/ARCHITECTURE.md). Next.js renders them with React on the server
 * like any page; what it adds for the browser (its runtime and React's, the page's RSC payload in inline scripts,
 * their preloads) is taken out of the HTML here: at build time for prerendered pages (scripts/strip-runtime.mjs) and
 * when served for the two pages rendered on request (scripts/server.mjs). What such a page needs in the browser
 * (share, copy, read aloud, open now, as-you-type search, the IMEI check) is /enhance/*.js, plain modules from this
 * origin (lib/enhance/), kept here.
 *
 * Plain JavaScript on purpose: the production server runs it with node, without a TypeScript step.
 */

/** Pages that are tools built with React in the browser, which keep the framework: the letter generator, the link builder. */
const interactive = new Set(['letter', 'share']);
/** The app's top-level routes that are not a locale (app/og: preview images). */
const notLocales = new Set(['og']);

/**
 * Whether a page path (no query) is a content page, one that ships no framework JavaScript: every page under a
 * locale but the interactive ones.
 * @param {string} pathname
 */
export function isContentPath(pathname) {
  return isLocalePath(pathname) && !interactive.has(pathname.split('/')[2] ?? '');
}

/**
 * Whether a path is under a locale (`/en`, `/ar/guides/…`): a page of the site, not Next's files or a preview image.
 * @param {string} pathname
 */
export function isLocalePath(pathname) {
  const first = pathname.split('/')[1] ?? '';
  return /^[a-z]{2,3}$/.test(first) && !notLocales.has(first);
}

/** Pages rendered on request that are content pages: stripped as they are served. */
export function isDynamicContentPath(/** @type {string} */ pathname) {
  return /^\/[a-z]{2,3}\/(search|lenders)\/?$/.test(pathname);
}

/**
 * The value of one attribute in an opening tag, if present.
 * @param {string} tag
 * @param {string} name
 */
function attr(tag, name) {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** Our own scripts (the enhancement modules) and data blocks stay; every other script goes. */
function keepScript(/** @type {string} */ openTag) {
  const src = attr(openTag, 'src');
  if (src !== undefined) return src.startsWith('/enhance/');
  const type = attr(openTag, 'type');
  return type === 'application/json' || type === 'application/ld+json';
}

/**
 * The HTML of a content page without Next's and React's scripts: `<script>` elements (external and inline, the RSC
 * payload included) other than ours, and `<link>`s that preload scripts.
 * @param {string} html
 */
export function stripRuntime(html) {
  return html
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, (whole, open) => (keepScript(open) ? whole : ''))
    .replace(/<link\b[^>]*>/gi, (tag) => {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase();
      const as = (attr(tag, 'as') ?? '').toLowerCase();
      return rel === 'modulepreload' || (rel === 'preload' && as === 'script') ? '' : tag;
    });
}
