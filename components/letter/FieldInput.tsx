'use client';

import type { useForm } from 'react-hook-form';
import { Field, inputClass } from '@/components/ui/Field';
import { fieldSpecs, isRequired, type FieldId, type LetterType } from '@/lib/letter/fields';
import type { LetterFormValues } from '@/lib/letter/schema';
import type { LetterToolProps } from '@/lib/letter/types';

type Register = ReturnType<typeof useForm<LetterFormValues>>['register'];

/** One field of the letter form: label, hint (with IMEI help), error, and an input of the right kind and direction. */
export function FieldInput({
  field,
  type,
  m,
  error,
  register,
  today,
  lenderCount,
  bodyCount,
}: {
  field: FieldId;
  type: LetterType;
  m: LetterToolProps['messages'];
  error?: string;
  register: Register;
  today: string;
  lenderCount: number;
  bodyCount: number;
}) {
  const spec = fieldSpecs[field];
  const label = (
    <>
      {m.fields[field].label}
      {isRequired(type, field) ? null : <span className="font-normal"> {m.form.optional}</span>}
    </>
  );
  const hint =
    spec.kind === 'imei' && field === 'imei' ? (
      <>
        <p className="m-0">{m.fields[field].hint}</p>
        <details className="mt-2">
          <summary className="cursor-pointer text-link underline">{m.form.imeiHelpSummary}</summary>
          <ul className="mt-2 list-disc space-y-1 ps-6 text-ink">
            <li>
              {m.form.imeiHelpDial.split('*#06#').map((part, i) =>
                i === 0
                  ? part
                  : [
                      <bdi key="c" dir="ltr" className="font-bold">
                        *#06#
                      </bdi>,
                      part,
                    ],
              )}
            </li>
            <li>{m.form.imeiHelpBox}</li>
            <li>{m.form.imeiHelpSettings}</li>
            <li>{m.form.imeiHelpInvoice}</li>
            <li>{m.form.imeiHelpDual}</li>
          </ul>
        </details>
      </>
    ) : field === 'lender' && lenderCount > 0 ? (
      m.form.lenderHint
    ) : (
      m.fields[field].hint
    );
  const id = `letter-${field}`;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(attrs) =>
        spec.kind === 'textarea' ? (
          <textarea {...attrs} rows={6} className={inputClass} {...register(field)} />
        ) : (
          <input
            {...attrs}
            type={spec.kind === 'date' ? 'date' : 'text'}
            max={spec.kind === 'date' ? today : undefined}
            inputMode={spec.kind === 'imei' || spec.kind === 'amount' ? 'numeric' : undefined}
            // Names and screen words may be in any script: each takes its own direction ("Central Bank of Egypt" in an Arabic form).
            dir={spec.kind === 'imei' || spec.kind === 'contact' || spec.kind === 'amount' || spec.kind === 'date' ? 'ltr' : 'auto'}
            autoComplete={field === 'fullName' ? 'name' : 'off'}
            spellCheck={spec.kind === 'text' || undefined}
            list={
              field === 'lender' && lenderCount > 0 ? 'letter-lender-options' : field === 'regulator' && bodyCount > 0 ? 'letter-regulator-options' : undefined
            }
            className={`${inputClass} ${spec.kind === 'imei' ? 'max-w-xs font-mono tracking-wide' : ''} ${spec.kind === 'amount' || spec.kind === 'date' ? 'max-w-xs' : ''} ${field === 'paymentCurrency' ? 'max-w-32' : ''}`}
            {...register(field)}
          />
        )
      }
    </Field>
  );
}
