import type { ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';

export type ImeiCheckerLabels = {
  imei1: string;
  imei2: string;
  imei2Hint: string;
  hint: string;
  button: string;
  errorTitle: string;
  required: string;
  /** Verdicts, with the IMEI's number (1 or 2) and the digits typed in slots (`data-slot="n"`, `"count"`). */
  valid: ReactNode;
  empty: ReactNode;
  characters: ReactNode;
  length: ReactNode;
  checksum: ReactNode;
  same: string;
  resultTitle: string;
  honest: string;
};

/** Where the enhancement script writes an ICU argument of a verdict. */
export const imeiSlot = (name: 'n' | 'count') => <span key={name} data-slot={name} />;

const input = `${inputClass} max-w-xs font-mono`;

/**
 * Checks that one or two IMEIs are written correctly (15 digits and the Luhn check digit), entirely in this
 * browser: the form has no action and nothing is sent. The server renders `fallback` (how to check by hand) and the
 * form hidden; the page's enhancement script (lib/enhance/imei-checker.ts) swaps them and draws the verdicts from
 * the templates below.
 */
export function ImeiChecker({ labels, fallback }: { labels: ImeiCheckerLabels; fallback: ReactNode }) {
  return (
    <>
      <div data-imei-fallback>{fallback}</div>
      <form id="imei-checker" hidden noValidate data-imei-checker data-error-title={labels.errorTitle} data-required={labels.required}>
        <p className="mb-4">{labels.hint}</p>
        <Field id="imei-1" label={labels.imei1}>
          {(attrs) => <input {...attrs} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={40} className={input} />}
        </Field>
        <Field id="imei-2" label={labels.imei2} hint={labels.imei2Hint}>
          {(attrs) => <input {...attrs} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={40} className={input} />}
        </Field>
        <Button type="submit">{labels.button}</Button>
        <div role="status" className="mt-6" data-imei-result />
      </form>
      <template id="imei-result">
        <div className="border-s-8 p-4">
          <h3 className="mb-2 text-lg font-bold">{labels.resultTitle}</h3>
          <ul className="mb-3 list-none space-y-2 p-0" />
          <p className="m-0">{labels.honest}</p>
        </div>
      </template>
      <template id="imei-verdicts">
        {(['valid', 'empty', 'characters', 'length', 'checksum'] as const).map((key) => (
          <li key={key} data-verdict={key} className="font-bold">
            {labels[key]}
          </li>
        ))}
        <li data-verdict="same" className="font-bold">
          {labels.same}
        </li>
      </template>
    </>
  );
}
