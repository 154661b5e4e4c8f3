/*
 * Offline reading, in the page: registers the service worker, asks it to save this page and the locale's key pages
 * (once: only those not saved yet), and says so when a page is read offline. Part of the page's enhancement script
 * (lib/enhance/main.ts, public/enhance/main.js), loaded on every page from this origin (the CSP allows 'self' only).
 * Without JavaScript, or in a browser without service workers, nothing here runs and pages work online as before.
 */
import { PAGES_CACHE, isKeptPagePath, isLetterPage, keptPaths } from './pages';

/** The troubleshooter pages saved with the tools, written in by the build (see scripts/build-enhance.mjs). */
declare const __TROUBLESHOOT_PATHS__: string[];

type Connection = { saveData?: boolean };

const root = document.documentElement;
const locale = root.lang || 'en';

function el(selector: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(selector);
}

/** The address this page is saved under, or null when it is not kept (a search with a query, a 404). */
function savedUnder(): string | null {
  if (isLetterPage(location.pathname)) return location.pathname;
  return location.search === '' && isKeptPagePath(location.pathname) ? location.pathname : null;
}

/** When the copy of this page on the phone was saved: the Date its server sent with it. */
async function savedDate(): Promise<Date | undefined> {
  const url = savedUnder();
  if (!url || !('caches' in window)) return undefined;
  const saved = await caches.match(url, { cacheName: PAGES_CACHE, ignoreVary: true });
  const date = saved?.headers.get('date');
  return date && !Number.isNaN(Date.parse(date)) ? new Date(date) : undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * "You are offline" while there is no connection (with when this copy was saved); "You are back online" with a
 * reload button once it returns. Built here from the words the server put in #offline-notice-text, and placed just
 * before <main> as a child of <body>: React leaves nodes it did not render there alone when a page hydrates.
 */
function watchConnection() {
  const words = el('#offline-notice-text')?.dataset;
  const main = document.querySelector('main');
  if (!words || !main) return;
  const notice = element('div', 'mx-auto mt-4 w-full max-w-3xl px-4 print:hidden');
  notice.id = 'offline-notice';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  const box = element('div', 'space-y-2 border-s-8 border-warning bg-warning-bg p-4');
  notice.append(box);
  main.before(notice);
  let wasOffline = false;

  const showOffline = async () => {
    const body = element('p', '', words.body);
    box.replaceChildren(element('p', 'text-lg font-bold', words.title), body, element('p', '', words.stale));
    const when = await savedDate();
    if (when && !navigator.onLine) {
      const time = document.createElement('time');
      time.dateTime = when.toISOString();
      time.textContent = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(when);
      const saved = element('span', '', `${words.saved} `);
      saved.dataset.saved = '';
      saved.append(time);
      body.append(' ', saved);
    }
  };
  const showOnline = () => {
    const reload = element(
      'button',
      'inline-flex min-h-11 cursor-pointer items-center rounded-sm border-2 border-ink bg-white px-3 py-1 font-semibold text-ink',
      words.reload,
    );
    reload.type = 'button';
    reload.addEventListener('click', () => location.reload());
    box.replaceChildren(element('p', 'font-bold', words.online), reload);
  };
  const update = () => {
    if (!navigator.onLine) {
      wasOffline = true;
      void showOffline();
    } else if (wasOffline) showOnline();
    notice.hidden = navigator.onLine && !wasOffline;
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

async function keepForOffline() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext || !('caches' in window)) return;
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return;
  const saveData = (navigator as Navigator & { connection?: Connection }).connection?.saveData === true;
  const here = savedUnder();
  const wanted = [...(here ? [here] : []), ...keptPaths(__TROUBLESHOOT_PATHS__, saveData).map((p) => `/${locale}${p}`)];
  const cache = await caches.open(PAGES_CACHE);
  const missing: string[] = [];
  for (const url of new Set(wanted)) if (!(await cache.match(url, { ignoreVary: true }))) missing.push(url);
  if (missing.length > 0) {
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: missing } }, [channel.port2]);
    });
  }
  const ready = el('#offline-ready');
  if (ready) ready.hidden = false;
}

/** Registers the service worker and draws the offline notice; called by the page's enhancement script (lib/enhance/main.ts). */
export function startOffline() {
  // Module scripts run once the page is parsed; this guards a classic <script async> too.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchConnection);
  else watchConnection();
  keepForOffline().catch(() => {
    // Offline reading is an extra: a browser that refuses it (private mode, storage full) keeps the page as it is.
  });
}
