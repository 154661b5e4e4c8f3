/// <reference lib="webworker" />
/*
 * The service worker, bundled by scripts/build-offline.mjs into public/sw.js after `next build`.
 * Serwist does the caching: pages network first (a fresh copy whenever there is a connection, the saved copy when
 * there is none), Next's hashed assets cache first, and the assets of the offline pages precached at install.
 * Only this origin is ever fetched; nothing a person types is kept (pages with a query are not cached).
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import { PAGES_CACHE, isKeptPagePath, isLetterPage, localeOfPath, offlinePath } from './pages';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

/** A page that was never saved, asked for offline: the locale's "not saved on this phone" page instead of an error. */
const offlineFallback: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    if (request.mode !== 'navigate') return undefined;
    const saved = await caches.match(offlinePath(localeOfPath(new URL(request.url).pathname)), {
      cacheName: PAGES_CACHE,
      ignoreVary: true,
    });
    return saved ?? undefined;
  },
};

/** The letter page is kept once, without its query. */
const withoutQuery: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

function pages(plugins: SerwistPlugin[]) {
  return new NetworkFirst({
    cacheName: PAGES_CACHE,
    // On a connection that hangs, the saved copy after 10 seconds rather than a blank screen.
    networkTimeoutSeconds: 10,
    // Next varies pages on its router headers; a page saved by the page script must answer a navigation too.
    matchOptions: { ignoreVary: true },
    plugins: [...plugins, new ExpirationPlugin({ maxEntries: 120, maxAgeSeconds: 60 * 60 * 24 * 90 }), offlineFallback],
  });
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A new deployment's worker takes over at once; pages are network first, so the next visit online is current.
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: 'assets',
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 60 * 60 * 24 * 90 })],
      }),
    },
    {
      matcher: ({ url, request, sameOrigin }) => sameOrigin && !request.headers.has('RSC') && isLetterPage(url.pathname),
      handler: pages([withoutQuery]),
    },
    {
      matcher: ({ url, request, sameOrigin }) => sameOrigin && url.search === '' && !request.headers.has('RSC') && isKeptPagePath(url.pathname),
      handler: pages([]),
    },
    {
      // Any other page (a search with its query): never saved, but offline it gets the "not saved" page, not an error.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkOnly({ plugins: [offlineFallback] }),
    },
  ],
});

serwist.addEventListeners();
