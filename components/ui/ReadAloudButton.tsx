/**
 * "Read this page aloud" for content pages, which carry no framework JavaScript: rendered hidden, and shown by the
 * page's enhancement script (lib/enhance/read-aloud.ts) only when the device has a voice of its own for `lang`.
 * Without JavaScript it stays hidden. The letter preview, a React page, uses components/ui/ReadAloud.tsx.
 */
export function ReadAloudButton({ targetId, lang, labels }: { targetId: string; lang: string; labels: { read: string; stop: string } }) {
  return (
    <button
      type="button"
      hidden
      data-read-aloud={targetId}
      data-lang={lang}
      data-read={labels.read}
      data-stop={labels.stop}
      aria-pressed="false"
      className="mb-6 inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-sm border-2 border-ink bg-white px-3 py-1 font-semibold text-ink print:hidden"
    >
      <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" className="rtl:-scale-x-100">
        <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
      <span data-label>{labels.read}</span>
    </button>
  );
}
