'use client';

import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@/components/ui/Button';
import { ErrorSummary, type SummaryError } from '@/components/ui/ErrorSummary';
import { Field, inputClass } from '@/components/ui/Field';
import { isLocale, locales, type Locale } from '@/lib/i18n/routing';
import { emptyValues, isLetterType, letterTypes, typeFields, type FieldId, type LetterType } from '@/lib/letter/fields';
import { draftKey, hasContent, parseDraft } from '@/lib/letter/draft';
import { parsePrefill, type Prefill } from '@/lib/letter/prefill';
import { renderLetter } from '@/lib/letter/render';
import { letterFormSchema, validateLetter, type LetterFormValues } from '@/lib/letter/schema';
import { FieldInput } from './FieldInput';
import { useLetterPacks } from './useLetterPacks';
import { PackStatus } from './PackStatus';
import { ClearDraft } from './ClearDraft';
import { PrefillNotice } from './PrefillNotice';
import { LetterTypeChoice } from './LetterTypeChoice';
import { LetterResult } from './LetterResult';
import type { LetterToolProps } from '@/lib/letter/types';
import { pickBody } from '@/lib/letter/bodies';

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
  // The regulator letter goes to a named body: the country's complaint body that fits this kind of lender.
  const body = pickBody((prefill.country ? props.complaintBodies[prefill.country] : undefined) ?? [], lender?.type);
  if (body && !values.regulator.trim()) values.regulator = body.name;
  return { values, prefill };
}

export function LetterForm(props: LetterToolProps) {
  const { pageLocale, messages: m, localeNames, lenders } = props;
  const [{ values: initialValues, prefill }] = useState(() => initialState(props));
  const [today] = useState(localToday);
  const [made, setMade] = useState(0);
  const [status, setStatus] = useState('');

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
  const packs = useLetterPacks(pageLocale, props.pack, letterLocale);
  const pack = packs.pack;
  const languageName = localeNames[letterLocale];

  const letter =
    type && pack ? renderLetter(pack.templates[type], { type, locale: letterLocale, values, blanks: pack.blanks, today, mode: 'fill' }) : undefined;
  const plainText = letter && pack ? `${pack.subjectWord}: ${letter.subject}\n\n${letter.body}\n` : '';
  const lenderEmail = type && toLender.has(type) ? lenders.find((l) => l.name.toLowerCase() === values.lender.trim().toLowerCase())?.email : undefined;
  const lenderChoices = prefill.country ? lenders.filter((l) => l.countries.includes(prefill.country as string)) : lenders;
  const bodyChoices = ((prefill.country ? props.complaintBodies[prefill.country] : undefined) ?? []).map((b) => b.name);

  const summary: SummaryError[] = (['type', 'letterLocale', ...fieldOrder(type)] as const)
    .map((f) => ({ f, message: (formState.errors as FieldErrors<LetterFormValues>)[f]?.message }))
    .filter((e): e is { f: (typeof e)['f']; message: string } => typeof e.message === 'string')
    .map(({ f, message }) => ({ fieldId: f === 'type' ? `letter-type-${letterTypes[0]}` : `letter-${f}`, message }));
  const errorOf = (f: FieldId | 'letterLocale' | 'type') => formState.errors[f]?.message;

  const onValid = () => {
    setMade((n) => n + 1);
    setStatus('');
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
    setMade(0);
    setStatus(m.form.cleared);
  };

  return (
    <>
      <div className="print:hidden">
        <PrefillNotice ignored={prefill.ignored} m={m.form} />

        <ErrorSummary title={m.form.errorSummaryTitle} errors={summary} attempt={formState.submitCount} />

        <form noValidate onSubmit={(e) => void handleSubmit(onValid)(e)} aria-label={m.form.typeLegend}>
          <LetterTypeChoice templates={props.pack.templates} legend={m.form.typeLegend} error={errorOf('type')} register={register} />

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
          {pack ? null : <PackStatus failed={packs.failed} languageName={languageName} m={m.form} onRetry={packs.retry} />}

          {type ? (
            <>
              <h2 className="mt-10 mb-4 text-2xl font-bold">{m.form.detailsTitle}</h2>
              {typeFields(type).map((f) => (
                <FieldInput
                  key={f}
                  field={f}
                  type={type}
                  m={m}
                  error={errorOf(f)}
                  register={register}
                  today={today}
                  lenderCount={lenderChoices.length}
                  bodyCount={bodyChoices.length}
                />
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

        <ClearDraft saved={hasContent(values)} m={m.form} onClear={clearAll} />
      </div>

      <p role="status" className="my-4 font-bold print:hidden">
        {status}
      </p>

      {letter && type && pack ? (
        <LetterResult
          m={m.preview}
          letter={letter}
          letterLocale={letterLocale}
          subjectWord={pack.subjectWord}
          lenderEmail={lenderEmail}
          made={made}
          onCopy={copy}
          onDownload={download}
          onPrint={print}
          whenValid={whenValid}
        />
      ) : null}
    </>
  );
}

function fieldOrder(type: LetterType | undefined): FieldId[] {
  return type ? typeFields(type) : [];
}
