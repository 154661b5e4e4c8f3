'use client';

import { useState, useSyncExternalStore } from 'react';

type Mode = 'none' | 'share' | 'copy';

function browserMode(): Mode {
  const nav = navigator as Partial<Navigator>;
  if (typeof nav.share === 'function') return 'share';
  if (typeof nav.clipboard?.writeText === 'function') return 'copy';
  return 'none';
}

const noSubscription = () => () => {};

/**
 * Shares the page it is on. Without JavaScript it is a plain link showing the
 * address, which people can copy or long-press. With JavaScript it adds a
 * button: the phone's share sheet where the browser has one (Web Share),
 * otherwise "copy link". Only the page address is shared, never anything typed.
 */
export function ShareControl({
  path,
  url,
  title,
  labels,
}: {
  /** Locale-prefixed path; the link works on whatever host serves it. */
  path: string;
  /** The canonical address shown as the link text. */
  url: string;
  title: string;
  labels: { heading: string; share: string; copy: string; copied: string; copyFailed: string; linkHint: string };
}) {
  // The server renders the plain link ('none'); the browser then says what it supports.
  const mode = useSyncExternalStore<Mode>(noSubscription, browserMode, () => 'none');
  const [status, setStatus] = useState('');

  const here = () => new URL(path, window.location.origin).href;

  async function onClick() {
    setStatus('');
    if (mode === 'share') {
      try {
        await navigator.share({ title, url: here() });
      } catch {
        // Closing the share sheet is not an error worth showing.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(here());
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  return (
    <section aria-labelledby="share-heading" className="my-8 border-t-2 border-line pt-6 print:hidden">
      <h2 id="share-heading" className="mb-2 text-xl font-bold">
        {labels.heading}
      </h2>
      <p className="mb-3">{labels.linkHint}</p>
      <p className="mb-3 break-all">
        <a href={path} dir="ltr" className="ltr-island">
          {url}
        </a>
      </p>
      {mode !== 'none' ? (
        <button
          type="button"
          onClick={onClick}
          className="inline-flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-sm bg-surface px-4 py-2 font-semibold text-ink shadow-[0_2px_0_var(--color-ink)] hover:bg-[#dbdad9]"
        >
          {mode === 'share' ? labels.share : labels.copy}
        </button>
      ) : null}
      <p role="status" className="mt-2 min-h-6 font-semibold">
        {status}
      </p>
    </section>
  );
}
