'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, buttonClass } from '@/components/ui/Button';
import { ErrorSummary, type SummaryError } from '@/components/ui/ErrorSummary';
import { Field, inputClass } from '@/components/ui/Field';
import { isLocale, locales, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { emptyValues, isLetterType, letterTypes, typeFields, type FieldId, type LetterType } from '@/lib/letter/fields';
import { draftKey, hasContent, parseDraft } from '@/lib/letter/draft';
import { parsePrefill, type Prefill } from '@/lib/letter/prefill';
import { mailtoHref, renderLetter } from '@/lib/letter/render';
import { letterFormSchema, validateLetter, type LetterFormValues } from '@/lib/letter/schema';
import { LetterText } from './LetterText';
import { FieldInput } from './FieldInput';
import { ReadAloud } from '@/components/ui/ReadAloud';
import type { LetterLanguagePack, LetterToolProps } from '@/lib/letter/types';

/** Letters addressed to the lender: only these go to the lender's email. */
const toLender = new Set<LetterType>(['overdue-amount', 'paid-still-locked', 'dispute-lock', 'closure-letter']);

function localToday(): string {
  // en-CA formats as YYYY-MM-DD in the person's own time zone.
  return new Date().toLocaleDateString('en-CA');
}

function readDraft(): string | null {
  try {
    return window.localStorage.getItem(draftKey);
  } catch {
    return null;
  }
}

/** Draft from this device, then the support team's link on top: the link sets only non-personal choices. */
function initialState(props: LetterToolProps): { values: LetterFormValues; prefill: Prefill } {
  const draft = parseDraft(readDraft());
  const prefill = parsePrefill(window.location.search, { lenderIds: props.lenders.map((l) => l.id), countries: props.countries });
  const values: LetterFormValues = { ...emptyValues(), type: '', letterLocale: props.pageLocale, ...draft };
  if (!isLocale(values.letterLocale)) values.letterLocale = props.pageLocale;
  if (prefill.type) values.type = prefill.type;
  if (prefill.lang) values.letterLocale = prefill.lang;
  const lender = props.lenders.find((l) => l.id === prefill.lenderId);
  if (lender && !values.lender.trim()) values.lender = lender.name;
  // The regulator letter goes to a named body: the first complaint body we know for the country.
  const bodies = prefill.country ? props.complaintBodies[prefill.country] : undefined;
  if (bodies?.[0] && !values.regulator.trim()) values.regulator = bodies[0];
  return { values, prefill };
}

export function LetterForm(props: LetterToolProps) {
  const { pageLocale, messages: m, localeNames, lenders } = props;
  const [packs, setPacks] = useState<Partial<Record<Locale, LetterLanguagePack>>>(() => ({ [props.pageLocale]: props.pack }));
  const [failedPack, setFailedPack] = useState<Locale | null>(null);
  const [packAttempt, setPackAttempt] = useState(0);
  const [{ values: initialValues, prefill }] = useState(() => initialState(props));
  const [today] = useState(localToday);
  const [made, setMade] = useState(false);
  const [status, setStatus] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  const labels = useMemo(() => Object.fromEntries(Object.entries(m.fields).map(([k, v]) => [k, v.label])) as Record<FieldId, string>, [m.fields]);
  const resolver = useMemo(() => zodResolver(letterFormSchema(m.errors, labels, localToday)), [m.errors, labels]);
  const { register, handleSubmit, control, reset, formState } = useForm<LetterFormValues>({
    defaultValues: initialValues,
    resolver,
    // GOV.UK pattern: check on submit only, so messages do not change while someone types.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const values = useWatch({ control }) as LetterFormValues;

  // Autosave to this device only. An empty form leaves nothing behind.
  useEffect(() => {
    try {
      if (hasContent(values) || values.type) window.localStorage.setItem(draftKey, JSON.stringify(values));
      else window.localStorage.removeItem(draftKey);
    } catch {
      // Private mode or full storage: the form still works, it just is not kept.
    }
  }, [values]);

  const type = isLetterType(values.type) ? values.type : undefined;
  const letterLocale: Locale = isLocale(values.letterLocale) ? values.letterLocale : pageLocale;
  const pack = packs[letterLocale];

  // Another letter language: fetch its templates from this site (only the language is in the address).
  useEffect(() => {
    if (packs[letterLocale]) return;
    let current = true;
    fetch(`${localePath(letterLocale, '/letter')}/templates.json`)
      .then((r) => (r.ok ? (r.json() as Promise<LetterLanguagePack>) : Promise.reject(new Error(String(r.status)))))
      .then((loaded) => {
        if (!current) return;
        setFailedPack(null);
        setPacks((p) => ({ ...p, [letterLocale]: loaded }));
      })
      .catch(() => current && setFailedPack(letterLocale));
    return () => {
      current = false;
    };
  }, [letterLocale, packs, packAttempt]);
  const languageName = localeNames[letterLocale];

  const letter = type && pack
    ? renderLetter(pack.templates[type], { type, locale: letterLocale, values, blanks: pack.blanks, today, mode: 'fill' })
    : undefined;
  const plainText = letter && pack ? `${pack.subjectWord}: ${letter.subject}\n\n${letter.body}\n` : '';
  const lenderEmail = type && toLender.has(type) ? lenders.find((l) => l.name.toLowerCase() === values.lender.trim().toLowerCase())?.email : undefined;
  const mailto = letter ? mailtoHref({ to: lenderEmail, subject: letter.subject, body: letter.body }) : '';
  const lenderChoices = prefill.country ? lenders.filter((l) => l.countries.includes(prefill.country as string)) : lenders;
  const bodyChoices = (prefill.country ? props.complaintBodies[prefill.country] : undefined) ?? [];

  const summary: SummaryError[] = (['type', 'letterLocale', ...fieldOrder(type)] as const)
    .map((f) => ({ f, message: (formState.errors as FieldErrors<LetterFormValues>)[f]?.message }))
    .filter((e): e is { f: (typeof e)['f']; message: string } => typeof e.message === 'string')
    .map(({ f, message }) => ({ fieldId: f === 'type' ? `letter-type-${letterTypes[0]}` : `letter-${f}`, message }));
  const errorOf = (f: FieldId | 'letterLocale' | 'type') => formState.errors[f]?.message;

  const onValid = () => {
    setMade(true);
    setStatus('');
    // Move to the result, as a page change would.
    requestAnimationFrame(() => previewHeading.current?.focus());
  };

  /** Every output first checks the letter, so nothing incomplete leaves the page unnoticed. */
  const whenValid = (action: () => void) => () => {
    if (validateLetter(values, m.errors, labels, localToday()).length) {
      // A submit that fails shows the error summary; errors and the submit count arrive together, so it takes focus.
      void handleSubmit(() => undefined)();
      return;
    }
    action();
  };

  const copy = whenValid(() => {
    navigator.clipboard.writeText(plainText).then(
      () => setStatus(m.preview.copied),
      () => setStatus(m.preview.copyFailed),
    );
  });
  const download = whenValid(() => {
    const url = URL.createObjectURL(new Blob([plainText], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `letter-${type}-${letterLocale}.txt`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  const print = whenValid(() => window.print());

  const clearAll = () => {
    try {
      window.localStorage.removeItem(draftKey);
    } catch {
      // Nothing stored to remove.
    }
    reset({ ...emptyValues(), type: '', letterLocale: pageLocale });
    setMade(false);
    setConfirmClear(false);
    setStatus(m.form.cleared);
    requestAnimationFrame(() => clearButton.current?.focus());
  };

  return (
    <>
      <div className="print:hidden">
        {prefill.ignored.length > 0 ? (
          <div role="status" className="mb-6 border-s-8 border-warning bg-warning-bg p-4">
            <h2 className="mb-2 text-lg font-bold">{m.form.prefillTitle}</h2>
            <p className="mb-2">{m.form.prefillBody}</p>
            <ul className="list-disc ps-6">
              {prefill.ignored.map((i) => (
                <li key={i.param}>
                  <code>{i.param}</code>: <bdi>{i.value}</bdi>
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <ErrorSummary title={m.form.errorSummaryTitle} errors={summary} attempt={formState.submitCount} />

        <form noValidate onSubmit={(e) => void handleSubmit(onValid)(e)} aria-label={m.form.typeLegend}>
          <fieldset className={`mb-8 ${errorOf('type') ? 'border-s-4 border-danger ps-4' : ''}`} aria-describedby={errorOf('type') ? 'letter-type-error' : undefined}>
            <legend className="mb-3 text-xl font-bold">{m.form.typeLegend}</legend>
            {errorOf('type') ? (
              <p id="letter-type-error" className="mb-3 font-bold text-danger">
                {errorOf('type')}
              </p>
            ) : null}
            <div className="space-y-3">
              {letterTypes.map((t) => (
                <div key={t} className="flex items-start gap-3">
                  <input
                    type="radio"
                    id={`letter-type-${t}`}
                    value={t}
                    aria-describedby={`letter-type-${t}-hint`}
                    className="mt-1 h-6 w-6 shrink-0 accent-brand"
                    {...register('type')}
                  />
                  <div>
                    <label htmlFor={`letter-type-${t}`} className="block font-bold">
                      {props.pack.templates[t].title}
                    </label>
                    <p id={`letter-type-${t}-hint`} className="m-0 text-muted">
                      {props.pack.templates[t].description}
                    </p>
                  </div>
                </div>
              ))}
            </div>
          </fieldset>

          <Field id="letter-letterLocale" label={m.form.letterLocaleLabel} hint={m.form.letterLocaleHint} error={errorOf('letterLocale')}>
            {(attrs) => (
              <select {...attrs} className={`${inputClass} max-w-xs`} {...register('letterLocale')}>
                {locales.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {localeNames[l]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {pack ? null : failedPack === letterLocale ? (
            <div role="alert" className="-mt-3 mb-6 border-s-8 border-danger bg-danger-bg p-4">
              <p className="mb-3 font-bold">{m.form.packFailed.replace('{language}', languageName)}</p>
              <Button
                variant="secondary"
                onClick={() => {
                  setFailedPack(null);
                  setPackAttempt((n) => n + 1);
                }}
              >
                {m.form.packRetry}
              </Button>
            </div>
          ) : (
            <p role="status" className="-mt-3 mb-6 font-bold">
              {m.form.packLoading.replace('{language}', languageName)}
            </p>
          )}

          {type ? (
            <>
              <h2 className="mt-10 mb-4 text-2xl font-bold">{m.form.detailsTitle}</h2>
              {typeFields(type).map((f) => (
                <FieldInput key={f} field={f} type={type} m={m} error={errorOf(f)} register={register} today={today} lenderCount={lenderChoices.length} bodyCount={bodyChoices.length} />
              ))}
              {bodyChoices.length > 0 ? (
                <datalist id="letter-regulator-options">
                  {bodyChoices.map((name) => (
                    <option key={name} value={name} />
                  ))}
                </datalist>
              ) : null}
              {lenderChoices.length > 0 ? (
                <datalist id="letter-lender-options">
                  {lenderChoices.map((l) => (
                    <option key={l.id} value={l.name} />
                  ))}
                </datalist>
              ) : null}
            </>
          ) : null}

          <Button type="submit">{m.form.submit}</Button>
        </form>

        <div className="mt-8 border-t-2 border-line pt-4">
          {hasContent(values) ? <p className="mb-3 font-bold">{m.form.saved}</p> : null}
          {confirmClear ? (
            <div className="border-s-8 border-danger bg-danger-bg p-4">
              <p className="mb-3 font-bold" id="letter-clear-question">
                {m.form.clearQuestion}
              </p>
              <div className="flex flex-wrap gap-3">
                <Button variant="warning" onClick={clearAll} aria-describedby="letter-clear-question">
                  {m.form.clearYes}
                </Button>
                <Button variant="secondary" onClick={() => setConfirmClear(false)}>
                  {m.form.clearNo}
                </Button>
              </div>
            </div>
          ) : (
            <button ref={clearButton} type="button" className={buttonClass('secondary')} onClick={() => setConfirmClear(true)}>
              {m.form.clear}
            </button>
          )}
        </div>
      </div>

      <p role="status" className="my-4 font-bold print:hidden">
        {status}
      </p>

      {letter && type && pack ? (
        <section aria-labelledby="letter-preview-title" className="mt-6">
          <h2 id="letter-preview-title" ref={previewHeading} tabIndex={-1} className="mb-2 text-2xl font-bold focus:outline-none print:hidden">
            {m.preview.title}
          </h2>
          <p className="mb-4 text-muted print:hidden">{m.preview.hint}</p>
          <ReadAloud targetId="letter-output" lang={letterLocale} labels={{ read: m.preview.readAloud, stop: m.preview.stopReading }} />
          <LetterText id="letter-output" locale={letterLocale} subjectWord={pack.subjectWord} subjectLines={letter.subjectLines} bodyLines={letter.bodyLines} />
          {made ? (
            <div className="mt-6 print:hidden">
              <div className="flex flex-wrap gap-3">
                <Button onClick={copy}>{m.preview.copy}</Button>
                <Button variant="secondary" onClick={download}>
                  {m.preview.download}
                </Button>
                <Button variant="secondary" onClick={print}>
                  {m.preview.print}
                </Button>
                <a
                  href={mailto}
                  className={buttonClass('secondary')}
                  aria-describedby="letter-email-hint"
                  onClick={(e) => {
                    let valid = false;
                    whenValid(() => (valid = true))();
                    if (!valid) e.preventDefault();
                  }}
                >
                  {m.preview.email}
                </a>
              </div>
              <p id="letter-email-hint" className="mt-3 text-muted">
                {lenderEmail ? (
                  m.preview.emailTo.split('{address}').map((part, i) => (i === 0 ? part : [<bdi key="a" dir="ltr">{lenderEmail}</bdi>, part]))
                ) : (
                  m.preview.emailNoAddress
                )}
              </p>
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function fieldOrder(type: LetterType | undefined): FieldId[] {
  return type ? typeFields(type) : [];
}
