'use client';

import { useState, type FormEvent } from 'react';
import { checkImei } from '@/lib/imei';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';
import { ErrorSummary, type SummaryError } from '@/components/ui/ErrorSummary';
import { useHydrated } from './useHydrated';

export type DeclarationLabels = {
  formIntro: string;
  sellerName: string;
  sellerId: string;
  buyerName: string;
  imei1: string;
  imei2: string;
  date: string;
  optional: string;
  print: string;
  printHint: string;
  noJs: string;
  errorTitle: string;
  imeiError: string;
  docTitle: string;
  statement: string[];
  sellerSignature: string;
  buyerSignature: string;
  footer: string;
};

type Values = { sellerName: string; sellerId: string; buyerName: string; imei1: string; imei2: string; date: string };
const empty: Values = { sellerName: '', sellerId: '', buyerName: '', imei1: '', imei2: '', date: '' };
const textFields = ['sellerName', 'sellerId', 'buyerName'] as const;

/** A line to write on: the typed value, or a blank line to fill in by hand. */
function Blank({ value, ltr = false }: { value: string; ltr?: boolean }) {
  return (
    <span className={`inline-block min-w-48 border-b-2 border-ink px-1 ${ltr ? 'ltr-island font-mono' : ''}`}>
      {value || '\u00a0'}
    </span>
  );
}

/** The printable declaration: the only part of the page that prints. */
function Document({ labels, values, locale }: { labels: DeclarationLabels; values: Values; locale: string }) {
  const date = values.date ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${values.date}T00:00:00Z`)) : '';
  const row = (label: string, value: string, ltr = false) => (
    <p className="mb-3 flex flex-wrap items-end gap-2">
      <span className="font-bold">{label}</span> <Blank value={value} ltr={ltr} />
    </p>
  );
  return (
    <section id="seller-declaration" aria-labelledby="declaration-title" className="mt-6 border-2 border-ink bg-white p-4 print:mt-0 print:border-0 print:p-0">
      <h3 id="declaration-title" className="mb-4 text-xl font-bold print:text-2xl">
        {labels.docTitle}
      </h3>
      {row(labels.sellerName, values.sellerName)}
      {row(labels.sellerId, values.sellerId)}
      {row(labels.buyerName, values.buyerName)}
      {row(labels.imei1, values.imei1.replace(/\s+/g, ''), true)}
      {row(labels.imei2, values.imei2.replace(/\s+/g, ''), true)}
      {row(labels.date, date)}
      <div className="my-4 space-y-2">
        {labels.statement.map((line) => (
          <p key={line} className="m-0">
            {line}
          </p>
        ))}
      </div>
      <div className="mt-8 grid gap-8 sm:grid-cols-2 print:grid-cols-2">
        {[labels.sellerSignature, labels.buyerSignature].map((who) => (
          <p key={who} className="m-0">
            <span className="mb-1 block h-12 border-b-2 border-ink" aria-hidden="true" />
            {who}
          </p>
        ))}
      </div>
      <p className="mt-6 mb-0 text-sm">{labels.footer}</p>
    </section>
  );
}

/**
 * Builds a seller's declaration in the browser and prints it. Nothing is sent:
 * the form has no action and the values live only in this page's memory.
 * Without JavaScript a blank declaration is shown to print and fill in by hand.
 */
export function SellerDeclaration({ labels, locale }: { labels: DeclarationLabels; locale: string }) {
  const hydrated = useHydrated();
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);

  if (!hydrated) {
    return (
      <>
        <p className="mb-4 print:hidden">{labels.noJs}</p>
        <Document labels={labels} values={empty} locale={locale} />
      </>
    );
  }

  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setAttempt((a) => a + 1);
    // A blank IMEI is fine (it can be written by hand); a wrong one is not.
    const found = (['imei1', 'imei2'] as const)
      .filter((k) => values[k].trim() !== '' && !checkImei(values[k]).ok)
      .map((k) => ({ fieldId: `decl-${k}`, message: labels.imeiError.replace('{field}', labels[k]) }));
    setErrors(found);
    if (found.length === 0) window.print();
  }

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="print:hidden">
        <ErrorSummary title={labels.errorTitle} errors={errors} attempt={attempt} />
        <p className="mb-4">{labels.formIntro}</p>
        {textFields.map((key) => (
          <Field key={key} id={`decl-${key}`} label={key === 'buyerName' ? `${labels[key]} ${labels.optional}` : labels[key]}>
            {(attrs) => <input {...attrs} value={values[key]} onChange={(e) => set(key)(e.target.value)} autoComplete="off" maxLength={120} className={inputClass} />}
          </Field>
        ))}
        {(['imei1', 'imei2'] as const).map((key) => (
          <Field key={key} id={`decl-${key}`} label={key === 'imei2' ? `${labels[key]} ${labels.optional}` : labels[key]} error={errorFor(`decl-${key}`)}>
            {(attrs) => (
              <input {...attrs} value={values[key]} onChange={(e) => set(key)(e.target.value)} inputMode="numeric" autoComplete="off" dir="ltr" maxLength={40} className={`${inputClass} max-w-xs font-mono`} />
            )}
          </Field>
        ))}
        <Field id="decl-date" label={labels.date}>
          {(attrs) => <input {...attrs} type="date" value={values.date} onChange={(e) => set('date')(e.target.value)} className={`${inputClass} max-w-xs`} />}
        </Field>
        <p className="mb-4 text-muted">{labels.printHint}</p>
        <Button type="submit">{labels.print}</Button>
      </form>
      <Document labels={labels} values={values} locale={locale} />
    </>
  );
}
