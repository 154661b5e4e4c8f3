/** The lock message drawn as text on a phone-shaped card, so it can be read aloud, translated and searched. */
export function LockScreenSample({ original, translated, caption }: { original: string; translated?: string; caption: string }) {
  return (
    <figure className="mx-auto mb-8 max-w-xs">
      <div className="rounded-[2rem] border-8 border-ink bg-[#10151c] px-5 pt-10 pb-12 text-center text-white">
        <svg aria-hidden="true" focusable="false" width="40" height="40" viewBox="0 0 24 24" className="mx-auto mb-4">
          <rect x="5" y="10" width="14" height="11" rx="2" fill="currentColor" />
          <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <p lang="en" dir="ltr" className="m-0 text-lg leading-snug font-semibold">
          {original}
        </p>
      </div>
      <figcaption className="mt-3 text-center text-muted">
        {caption}
        {translated ? (
          <>
            {' '}
            <q className="font-semibold text-ink">{translated}</q>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
