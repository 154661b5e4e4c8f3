// @ts-check
/**
 * Prerendered pages served from memory (docs/ARCHITECTURE.md, "Load"). A prerendered page is the same file until the
 * next deployment, yet every request for it ran Next's whole request path: the proxy (next-intl's middleware, the
 * CSP), route matching, reading the file. Under load that was 0.06 of a plain static server's throughput. Here the
 * production server keeps Next's complete answer for a page (status, headers, body, compressed once per encoding)
 * and replays it to the next request that would get the same answer.
 *
 * "The same answer" is decided from what Next and the proxy read from a request, not guessed:
 *  - the path (no query: `?q=` may be redirected by the proxy, and a query is rare on a prerendered page);
 *  - what next-intl's middleware reads to decide on its locale cookie: the `NEXT_LOCALE` cookie, `Accept-Language`
 *    and `Sec-Fetch-Dest`, taken into the key as they are;
 *  - the encoding the client accepts (the body is stored compressed per encoding).
 * Requests with anything else Next acts on go to Next: another method than GET, a conditional or range request,
 * Next's router headers (RSC, prefetch, actions), any other cookie (draft mode, for one).
 *
 * Plain JavaScript: the production server runs it with node, without a TypeScript step.
 */

/** Request headers that make Next answer differently (its client router, server actions, revalidation, ranges). */
const passThroughHeader =
  /^(rsc|next-.*|x-nextjs-.*|x-prerender-revalidate|x-middleware-.*|purpose|range|if-none-match|if-modified-since|if-match|if-unmodified-since|if-range|authorization)$/;

/** Response headers not replayed: Node writes its own, or they describe one transfer. */
const notReplayed = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

/**
 * The encoding to send: brotli, then gzip, else none (`identity`).
 * @param {string | undefined} accept
 * @returns {'br' | 'gzip' | 'identity'}
 */
export function encodingFor(accept = '') {
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return 'identity';
}

/**
 * The cache key of a request, or undefined when it must go to Next.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} req
 * @param {(pathname: string) => boolean} isPrerendered
 */
export function cacheKey(req, isPrerendered) {
  if (req.method !== 'GET') return undefined;
  const url = req.url ?? '/';
  if (url.includes('?') || !isPrerendered(url)) return undefined;
  let localeCookie = '';
  for (const [name, value] of Object.entries(req.headers)) {
    if (passThroughHeader.test(name)) return undefined;
    if (name === 'cookie') {
      const cookies = String(value)
        .split(';')
        .map((c) => c.trim())
        .filter(Boolean);
      // Only the locale cookie is known not to change the page; anything else goes to Next.
      if (cookies.some((c) => !c.startsWith('NEXT_LOCALE='))) return undefined;
      localeCookie = cookies.join(';');
    }
  }
  const h = req.headers;
  return [url, localeCookie, String(h['accept-language'] ?? ''), String(h['sec-fetch-dest'] ?? '')].join('\n');
}

/**
 * A kept `Set-Cookie` as Next would write it now: its `Expires` counted again from `Max-Age` (next-intl's locale
 * cookie carries both; browsers go by Max-Age, but an old date would still be wrong).
 * @param {string | string[]} value
 * @param {number} now  ms since the epoch
 */
export function refreshCookieExpiry(value, now) {
  const one = (/** @type {string} */ cookie) => {
    const maxAge = /;\s*Max-Age=(\d+)/i.exec(cookie);
    return maxAge ? cookie.replace(/(;\s*Expires=)[^;]*/i, (_, name) => `${name}${new Date(now + Number(maxAge[1]) * 1000).toUTCString()}`) : cookie;
  };
  return Array.isArray(value) ? value.map(one) : one(value);
}

/**
 * @typedef {{ status: number; headers: [string, string | string[]][]; bodies: Partial<Record<'br' | 'gzip' | 'identity', Buffer>>; bytes: number }} Entry
 */

/**
 * Least recently used entries go first once the bodies kept pass `maxBytes`.
 * @param {number} maxBytes
 */
export function createPageCache(maxBytes) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  let bytes = 0;

  function evict() {
    for (const [key, entry] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(key);
      bytes -= entry.bytes;
    }
  }

  return {
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    /**
     * The cached answer, most recently used now.
     * @param {string} key
     */
    get(key) {
      const entry = entries.get(key);
      if (entry) {
        entries.delete(key);
        entries.set(key, entry);
      }
      return entry;
    },
    /**
     * Keeps Next's answer: only a complete 200 HTML page, and never one that says not to store it.
     * @param {string} key
     * @param {number} status
     * @param {Record<string, string | string[] | number | undefined>} headers
     * @param {Buffer} body  uncompressed
     */
    set(key, status, headers, body) {
      const type = String(headers['content-type'] ?? '');
      const cacheControl = String(headers['cache-control'] ?? '');
      if (status !== 200 || !type.startsWith('text/html') || /no-store|private/.test(cacheControl)) return undefined;
      /** @type {[string, string | string[]][]} */
      const kept = [];
      for (const [name, value] of Object.entries(headers)) {
        if (value === undefined || notReplayed.has(name.toLowerCase())) continue;
        kept.push([name, typeof value === 'number' ? String(value) : value]);
      }
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        bytes -= old.bytes;
      }
      /** @type {Entry} */
      const entry = { status, headers: kept, bodies: { identity: body }, bytes: body.length };
      entries.set(key, entry);
      bytes += entry.bytes;
      evict();
      return entry;
    },
    /**
     * The body in one encoding, compressed on first use and kept.
     * @param {Entry} entry
     * @param {'br' | 'gzip' | 'identity'} encoding
     * @param {(body: Buffer, encoding: 'br' | 'gzip') => Buffer} compress
     */
    body(entry, encoding, compress) {
      let body = entry.bodies[encoding];
      if (!body) {
        body = compress(/** @type {Buffer} */ (entry.bodies.identity), /** @type {'br' | 'gzip'} */ (encoding));
        entry.bodies[encoding] = body;
        entry.bytes += body.length;
        bytes += body.length;
        evict();
      }
      return body;
    },
  };
}
