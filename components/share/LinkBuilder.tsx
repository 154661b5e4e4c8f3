'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/ui/useHydrated';
import { Field, inputClass } from '@/components/ui/Field';
import { shareMessage } from '@/lib/share/message';
import { countrySlot, destinationGroups, sharedLinkUrl, type Destination, type DestinationGroup } from '@/lib/share/types';
import { ShareResult } from './ShareResult';

export type LinkBuilderLabels = Record<
  | 'what'
  | 'page'
  | 'questions'
  | 'outcomes'
  | 'country'
  | 'noCountry'
  | 'lender'
  | 'letterLang'
  | 'same'
  | 'lang'
  | 'link'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'message'
  | 'whatsapp'
  | 'sms'
  | 'qr'
  | 'showQr'
  | 'qrFailed',
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

  if (!hydrated) return null;

  const list = destinations[group];
  const dest = list.find((d) => d.id === destId) ?? list[0];
  if (!dest) return null;
  const needsCountry = group === 'letter' || dest.path.includes(countrySlot);

  // The page's own origin: a link copied from a deployed portal points at that portal, whatever the build was told.
  const url = sharedLinkUrl({ group, dest, country, lender, letterLang, lang }, window.location.origin);
  const title = dest.titles[lang] ?? dest.titles.en ?? '';
  const message = shareMessage(templates[lang] ?? templates.en ?? '{title}\n{url}', title, url);

  const languages = locales.map((l) => ({ value: l.code, label: l.name, lang: l.code }));
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
          <select {...attrs} className={inputClass} value={dest.id} onChange={(e) => setDestId(e.target.value)}>
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
        <Choice
          id="share-country"
          label={labels.country}
          value={country}
          onChange={setCountry}
          empty={labels.noCountry}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
      ) : null}
      {group === 'letter' ? (
        <>
          <Choice
            id="share-lender"
            label={labels.lender}
            value={lender}
            onChange={setLender}
            empty={labels.noCountry}
            options={lenders.map((l) => ({ value: l.id, label: l.name }))}
          />
          <Choice id="share-letter-lang" label={labels.letterLang} value={letterLang} onChange={setLetterLang} empty={labels.same} options={languages} />
        </>
      ) : null}
      <Choice id="share-lang" label={labels.lang} value={lang} onChange={setLang} options={languages} />

      <ShareResult url={url} message={message} lang={lang} dir={locales.find((l) => l.code === lang)?.dir ?? 'auto'} labels={labels} />
    </div>
  );
}

/** A labelled drop-down of plain options, with an optional first "none chosen" option. */
function Choice({
  id,
  label,
  value,
  onChange,
  empty,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  empty?: string;
  options: { value: string; label: string; lang?: string }[];
}) {
  return (
    <Field id={id} label={label}>
      {(attrs) => (
        <select {...attrs} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)}>
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
