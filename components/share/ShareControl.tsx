/**
 * Shares the page it is on. Without JavaScript it is a plain link showing the address, which people can copy or
 * long-press. The page's enhancement script (lib/enhance/share.ts) shows the button: the phone's share sheet where
 * the browser has one (Web Share), otherwise "copy link". Only the page address is shared, never anything typed.
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
      <button
        type="button"
        hidden
        data-share={path}
        data-title={title}
        data-share-label={labels.share}
        data-copy-label={labels.copy}
        data-copied={labels.copied}
        data-copy-failed={labels.copyFailed}
        data-status="share-status"
        className="inline-flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-sm bg-surface px-4 py-2 font-semibold text-ink shadow-[0_2px_0_var(--color-ink)] hover:bg-[#dbdad9]"
      >
        {labels.copy}
      </button>
      <p id="share-status" role="status" className="mt-2 min-h-6 font-semibold" />
    </section>
  );
}
