'use client';

import { useEffect, useId, useRef } from 'react';
import { Isolate } from './Isolate';

export type SummaryError = { fieldId: string; message: string };

/**
 * GOV.UK error summary: shown after a failed submit, takes focus so screen
 * readers announce it, and links each message to its field.
 */
export function ErrorSummary({ title, errors, attempt }: { title: string; errors: SummaryError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  // Unique per summary: a page may hold two forms (IMEI checker and seller declaration).
  const titleId = useId();
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Focus again on every failed submit, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId} className="mb-8 border-4 border-danger p-4 focus:outline-none">
      <h2 id={titleId} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <ul className="list-none space-y-2 p-0">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              href={`#${e.fieldId}`}
              className="font-bold text-danger visited:text-danger"
              onClick={(ev) => {
                ev.preventDefault();
                const el = document.getElementById(e.fieldId);
                el?.scrollIntoView({ block: 'center' });
                el?.focus();
              }}
            >
              <Isolate text={e.message} />
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
