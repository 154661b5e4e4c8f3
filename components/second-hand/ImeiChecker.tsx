'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { checkImei, type ImeiResult } from '@/lib/imei';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { useHydrated } from './useHydrated';

export type ImeiCheckerLabels = {
  imei1: string;
  imei2: string;
  imei2Hint: string;
  hint: string;
  button: string;
  errorTitle: string;
  required: string;
  /** Verdicts; `{n}` is replaced by the IMEI's number (1 or 2), `{count}` by the digits typed. */
  valid: string;
  empty: string;
  characters: string;
  length: string;
  checksum: string;
  same: string;
  resultTitle: string;
  honest: string;
};

type Checked = { n: number; result: ImeiResult };

function verdict(labels: ImeiCheckerLabels, { n, result }: Checked): string {
  const text = result.ok ? labels.valid : labels[result.reason];
  return text.replace('{n}', String(n)).replace('{count}', String(result.digits.length));
}

/**
 * Checks that one or two IMEIs are written correctly (15 digits and the Luhn
 * check digit), entirely in this browser: the form has no action and nothing is sent.
 * Without JavaScript the server HTML shows `fallback`: how to check by hand.
 */
export function ImeiChecker({ labels, fallback }: { labels: ImeiCheckerLabels; fallback: ReactNode }) {
  const hydrated = useHydrated();
  const [imei1, setImei1] = useState('');
  const [imei2, setImei2] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [results, setResults] = useState<Checked[] | null>(null);

  if (!hydrated) return <>{fallback}</>;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setAttempt((a) => a + 1);
    if (imei1.trim() === '') {
      setError(labels.required);
      setResults(null);
      return;
    }
    setError(undefined);
    const checked: Checked[] = [{ n: 1, result: checkImei(imei1) }];
    if (imei2.trim() !== '') checked.push({ n: 2, result: checkImei(imei2) });
    setResults(checked);
  }

  const allOk = results?.every((r) => r.result.ok) ?? false;
  const same = results?.length === 2 && results[0]?.result.digits === results[1]?.result.digits;
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary title={labels.errorTitle} errors={error ? [{ fieldId: 'imei-1', message: error }] : []} attempt={attempt} />
      <p className="mb-4">{labels.hint}</p>
      <Field id="imei-1" label={labels.imei1} error={error}>
        {(attrs) => (
          <input {...attrs} value={imei1} onChange={(e) => setImei1(e.target.value)} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={40} className={`${inputClass} max-w-xs font-mono`} />
        )}
      </Field>
      <Field id="imei-2" label={labels.imei2} hint={labels.imei2Hint}>
        {(attrs) => (
          <input {...attrs} value={imei2} onChange={(e) => setImei2(e.target.value)} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={40} className={`${inputClass} max-w-xs font-mono`} />
        )}
      </Field>
      <Button type="submit">{labels.button}</Button>
      <div role="status" className="mt-6">
        {results ? (
          <div className={`border-s-8 p-4 ${allOk && !same ? 'border-success bg-success-bg' : 'border-danger bg-danger-bg'}`}>
            <h3 className="mb-2 text-lg font-bold">{labels.resultTitle}</h3>
            <ul className="mb-3 list-none space-y-2 p-0">
              {results.map((r) => (
                <li key={r.n} className="font-bold">
                  {verdict(labels, r)}
                </li>
              ))}
              {same ? <li className="font-bold">{labels.same}</li> : null}
            </ul>
            <p className="m-0">{labels.honest}</p>
          </div>
        ) : null}
      </div>
    </form>
  );
}
