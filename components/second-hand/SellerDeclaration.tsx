import type { ReactElement, ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { Field, inputClass } from '@/components/ui/Field';

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
  /** "{field} is not a correct IMEI…", with the field's name in a slot (`data-slot="field"`). */
  imeiError: (field: ReactElement) => ReactNode;
  docTitle: string;
  statement: string[];
  sellerSignature: string;
  buyerSignature: string;
  footer: string;
};

const textFields = ['sellerName', 'sellerId', 'buyerName'] as const;
type Key = (typeof textFields)[number] | 'imei1' | 'imei2' | 'date';

/** A line to write on: blank here, filled by the enhancement script as the form is typed in. */
function Blank({ name, ltr = false }: { name: Key; ltr?: boolean }) {
  return (
    <span data-blank={name} className={`inline-block min-w-48 border-b-2 border-ink px-1 ${ltr ? 'ltr-island font-mono' : ''}`}>
      {'\u00a0'}
    </span>
  );
}

/** The printable declaration: the only part of the page that prints. */
function Document({ labels }: { labels: DeclarationLabels }) {
  const row = (label: string, name: Key, ltr = false) => (
    <p className="mb-3 flex flex-wrap items-end gap-2">
      <span className="font-bold">{label}</span> <Blank name={name} ltr={ltr} />
    </p>
  );
  return (
    <section id="seller-declaration" aria-labelledby="declaration-title" className="mt-6 border-2 border-ink bg-white p-4 print:mt-0 print:border-0 print:p-0">
      <h3 id="declaration-title" className="mb-4 text-xl font-bold print:text-2xl">
        {labels.docTitle}
      </h3>
      {row(labels.sellerName, 'sellerName')}
      {row(labels.sellerId, 'sellerId')}
      {row(labels.buyerName, 'buyerName')}
      {row(labels.imei1, 'imei1', true)}
      {row(labels.imei2, 'imei2', true)}
      {row(labels.date, 'date')}
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
 * A seller's declaration to print. Without JavaScript a blank declaration is shown to print and fill in by hand.
 * With it (lib/enhance/seller-declaration.ts) the form appears, what is typed fills the declaration's lines, and
 * "Print" checks the IMEIs first. Nothing is sent: the form has no action and the values stay in the page.
 */
export function SellerDeclaration({ labels, locale }: { labels: DeclarationLabels; locale: string }) {
  return (
    <>
      <p data-declaration-nojs className="mb-4 print:hidden">
        {labels.noJs}
      </p>
      <form
        id="seller-declaration-form"
        hidden
        noValidate
        className="print:hidden"
        data-seller-declaration
        data-error-title={labels.errorTitle}
        data-locale={locale}
      >
        <p className="mb-4">{labels.formIntro}</p>
        {textFields.map((key) => (
          <Field key={key} id={`decl-${key}`} label={key === 'buyerName' ? `${labels[key]} ${labels.optional}` : labels[key]}>
            {(attrs) => <input {...attrs} data-fills={key} autoComplete="off" maxLength={120} className={inputClass} />}
          </Field>
        ))}
        {(['imei1', 'imei2'] as const).map((key) => (
          <Field key={key} id={`decl-${key}`} label={key === 'imei2' ? `${labels[key]} ${labels.optional}` : labels[key]}>
            {(attrs) => (
              <input
                {...attrs}
                data-fills={key}
                data-imei={labels[key]}
                inputMode="numeric"
                autoComplete="off"
                dir="ltr"
                maxLength={40}
                className={`${inputClass} max-w-xs font-mono`}
              />
            )}
          </Field>
        ))}
        <Field id="decl-date" label={labels.date}>
          {(attrs) => <input {...attrs} data-fills="date" type="date" className={`${inputClass} max-w-xs`} />}
        </Field>
        <p className="mb-4 text-muted">{labels.printHint}</p>
        <Button type="submit">{labels.print}</Button>
      </form>
      <template id="decl-imei-error">{labels.imeiError(<span key="field" data-slot="field" />)}</template>
      <Document labels={labels} />
    </>
  );
}
