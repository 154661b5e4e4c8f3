import type { ReactNode } from 'react';
import { Isolate } from './Isolate';

/**
 * Label, hint, inline error and the control, wired with ids so assistive
 * technology reads them together. The control is passed as a render function
 * that receives the attributes it must carry.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (attrs: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div data-field={id} className={`mb-6 ${error ? 'border-s-4 border-danger ps-4' : ''}`}>
      <label htmlFor={id} className="block text-base font-bold">
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="mt-1 text-muted">
          {typeof hint === 'string' ? <Isolate text={hint} /> : hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 font-bold text-danger">
          <Isolate text={error} />
        </p>
      ) : null}
      <div className="mt-2">{children({ id, 'aria-describedby': describedBy, ...(error ? { 'aria-invalid': true as const } : {}) })}</div>
    </div>
  );
}

export const inputClass = 'block w-full max-w-xl min-h-11 rounded-none border-2 border-ink bg-white px-2 py-1 text-base aria-[invalid=true]:border-danger';
