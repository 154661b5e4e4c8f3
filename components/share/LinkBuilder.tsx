'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/ui/useHydrated';
import { Field, inputClass } from '@/components/ui/Field';
import { buttonClass } from '@/components/ui/Button';
import { shareMessage, smsHref, whatsappHref } from '@/lib/share/message';
import { countrySlot, destinationGroups, fillCountry, type Destination, type DestinationGroup } from '@/lib/share/types';
import { QrCode } from './QrCode';

export type LinkBuilderLabels = Record<
  | 'what' | 'page' | 'questions' | 'outcomes' | 'country' | 'noCountry' | 'lender' | 'letterLang' | 'same' | 'lang'
  | 'link' | 'copy' | 'copied' | 'copyFailed' | 'message' | 'whatsapp' | 'sms' | 'qr',
  string
> & { groups: Record<DestinationGroup, string> };

/**
 * The support team's link builder. Everything is computed in the browser from
 * data the static page carries: nothing is sent anywhere, and the link holds
 * only page ids, a country, a lender and a language, never anything personal.
 */
export function LinkBuilder({
  locale,
  destinations,
  locales,
  countries,
  lenders,
  templates,
  labels,
}: {
  locale: string;
  destinations: Record<DestinationGroup, Destination[]>;
  /** Shipped locales, each named in itself. */
  locales: { code: string; name: string; dir: 'ltr' | 'rtl' }[];
  countries: { code: string; name: string }[];
  lenders: { id: string; name: string }[];
  /** The message template in each locale, so the text is in the recipient's language. */
  templates: Record<string, string>;
  labels: LinkBuilderLabels;
}) {
  // Rendered only in the browser: without JavaScript the page's plain link lists serve instead.
  const hydrated = useHydrated();
  const [group, setGroup] = useState<DestinationGroup>('troubleshoot');
  const [destId, setDestId] = useState(destinations.troubleshoot[0]?.id ?? '');
  const [country, setCountry] = useState('');
  const [lender, setLender] = useState('');
  const [letterLang, setLetterLang] = useState('');
  const [lang, setLang] = useState(locale);
  const [status, setStatus] = useState('');

  if (!hydrated) return null;

  const list = destinations[group];
  const dest = list.find((d) => d.id === destId) ?? list[0];
  if (!dest) return null;
  const needsCountry = group === 'letter' || dest.path.includes(countrySlot);

  let path = fillCountry(dest.path, country);
  if (group === 'letter') {
    const extra = new URLSearchParams();
    if (lender) extra.set('lender', lender);
    if (country) extra.set('country', country);
    if (letterLang) extra.set('lang', letterLang);
    if (extra.size) path += `&${extra.toString()}`;
  }
  const [pathname, query] = path.split('?');
  // The page's own origin: a link copied from a deployed portal points at that portal, whatever the build was told.
  const url = new URL(`/${lang}${pathname === '/' ? '' : pathname}${query ? `?${query}` : ''}`, window.location.origin).href;
  const title = dest.titles[lang] ?? dest.titles.en ?? '';
  const message = shareMessage(templates[lang] ?? templates.en ?? '{title}\n{url}', title, url);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  const option = (d: Destination) => (
    <option key={d.id} value={d.id}>
      {d.titles[locale] ?? d.titles.en}
    </option>
  );

  return (
    <div className="mb-10">
      <Field id="share-group" label={labels.what}>
        {(attrs) => (
          <select
            {...attrs}
            className={inputClass}
            value={group}
            onChange={(e) => {
              const g = e.target.value as DestinationGroup;
              setGroup(g);
              setDestId(destinations[g][0]?.id ?? '');
              setStatus('');
            }}
          >
            {destinationGroups.map((g) => (
              <option key={g} value={g}>
                {labels.groups[g]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="share-page" label={labels.page}>
        {(attrs) => (
          <select {...attrs} className={inputClass} value={dest.id} onChange={(e) => (setDestId(e.target.value), setStatus(''))}>
            {group === 'troubleshoot' ? (
              <>
                <optgroup label={labels.questions}>{list.filter((d) => !d.outcome).map(option)}</optgroup>
                <optgroup label={labels.outcomes}>{list.filter((d) => d.outcome).map(option)}</optgroup>
              </>
            ) : (
              list.map(option)
            )}
          </select>
        )}
      </Field>
      {needsCountry ? (
        <Field id="share-country" label={labels.country}>
          {(attrs) => (
            <select {...attrs} className={inputClass} value={country} onChange={(e) => setCountry(e.target.value)}>
              <option value="">{labels.noCountry}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {group === 'letter' ? (
        <>
          <Field id="share-lender" label={labels.lender}>
            {(attrs) => (
              <select {...attrs} className={inputClass} value={lender} onChange={(e) => setLender(e.target.value)}>
                <option value="">{labels.noCountry}</option>
                {lenders.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="share-letter-lang" label={labels.letterLang}>
            {(attrs) => (
              <select {...attrs} className={inputClass} value={letterLang} onChange={(e) => setLetterLang(e.target.value)}>
                <option value="">{labels.same}</option>
                {locales.map((l) => (
                  <option key={l.code} value={l.code} lang={l.code}>
                    {l.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      ) : null}
      <Field id="share-lang" label={labels.lang}>
        {(attrs) => (
          <select {...attrs} className={inputClass} value={lang} onChange={(e) => setLang(e.target.value)}>
            {locales.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>

      <section aria-labelledby="share-result" className="border-t-4 border-brand bg-surface p-4">
        <h2 id="share-result" className="mb-2 text-xl font-bold">
          {labels.link}
        </h2>
        <p className="mb-3 break-all">
          <a href={url} dir="ltr" className="ltr-island" data-testid="share-url">
            {url}
          </a>
        </p>
        <button type="button" onClick={copy} className={buttonClass('secondary')}>
          {labels.copy}
        </button>
        <p role="status" className="mt-2 min-h-6 font-semibold">
          {status}
        </p>
        <QrCode text={url} label={labels.qr} className="my-4 size-48 bg-white" />
        <label htmlFor="share-message" className="block font-bold">
          {labels.message}
        </label>
        <textarea
          id="share-message"
          readOnly
          rows={4}
          value={message}
          lang={lang}
          dir={locales.find((l) => l.code === lang)?.dir ?? 'auto'}
          className={`${inputClass} mt-2 mb-4`}
        />
        <div className="flex flex-wrap gap-3">
          <a href={whatsappHref(message)} className={buttonClass('primary')} rel="noopener noreferrer">
            {labels.whatsapp}
          </a>
          <a href={smsHref(message)} className={buttonClass('secondary')}>
            {labels.sms}
          </a>
        </div>
      </section>
    </div>
  );
}
