'use client';

import { useMemo, useState } from 'react';
import { createLenderIndex, searchLenders, type LenderDoc } from '@/lib/search/lenders';
import { inputClass } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';
import { noPersonalNumberPattern, withoutPersonalNumbers } from '@/lib/privacy';
import { numberNotice } from '@/components/search/NumberNotice';

/** What a result shows, prepared (translated) on the server. */
export type LenderCard = LenderDoc & { href: string; countryNames: string[]; closed: boolean; locks: boolean };

export type LenderSearchLabels = {
  searchLabel: string;
  searchHint: string;
  countryLabel: string;
  allCountries: string;
  searchButton: string;
  resultsTitle: string;
  /** "No lenders found" and "Lenders found: {count}": worded to need no plural rules in the browser. */
  resultsNone: string;
  resultsSome: string;
  alsoShownAs: string;
  closedTag: string;
  locksTag: string;
  /** Shown while the box holds an IMEI-like number, which is never searched for or put in the address. */
  numberRefused: string;
  /** Shown when the server took such a number out of the address. */
  numberRemoved: string;
};

/**
 * The lookup form and its results. The server renders it with `?q=&country=`
 * already applied, so it works without JavaScript and a shared link shows the
 * same list; in the browser, results follow the typing and the URL follows too.
 */
export function LenderSearch({
  action,
  locale,
  cards,
  countries,
  initialQuery,
  initialCountry,
  labels,
  noResults,
  removed,
}: {
  action: string;
  locale: string;
  cards: LenderCard[];
  countries: { code: string; name: string }[];
  initialQuery: string;
  initialCountry: string;
  labels: LenderSearchLabels;
  noResults: React.ReactNode;
  removed: boolean;
}) {
  const [query, setQuery] = useState(initialQuery);
  const [country, setCountry] = useState(initialCountry);
  const index = useMemo(() => createLenderIndex(cards), [cards]);
  const results = useMemo(() => {
    const byId = new Map(cards.map((c) => [c.id, c]));
    return searchLenders(index, cards, withoutPersonalNumbers(query), country || undefined).map((d) => byId.get(d.id) as LenderCard);
  }, [index, cards, query, country]);

  const update = (q: string, c: string) => {
    setQuery(q);
    setCountry(c);
    const params = new URLSearchParams();
    // A long number is never searched for, nor written into the address.
    const words = withoutPersonalNumbers(q);
    if (words) params.set('q', words);
    if (c) params.set('country', c);
    const qs = params.toString();
    window.history.replaceState(null, '', qs ? `${action}?${qs}` : action);
  };
  const { refused, notice, describedBy } = numberNotice({ inputId: 'lender-q', query, removed, labels });
  const n = results.length;
  const count = n === 0 ? labels.resultsNone : labels.resultsSome.replace('{count}', new Intl.NumberFormat(locale).format(n));

  return (
    <>
      <form method="get" action={action} role="search" className="mb-8 bg-surface p-4" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="lender-q" className="block text-base font-bold">
          {labels.searchLabel}
        </label>
        <p id="lender-q-hint" className="mt-1 text-muted">
          {labels.searchHint}
        </p>
        {notice}
        <input
          id="lender-q"
          name="q"
          type="search"
          value={query}
          onChange={(e) => update(e.target.value, country)}
          aria-describedby={describedBy}
          aria-invalid={refused || undefined}
          pattern={noPersonalNumberPattern}
          title={labels.numberRefused}
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} mt-2`}
        />
        <label htmlFor="lender-country" className="mt-4 block text-base font-bold">
          {labels.countryLabel}
        </label>
        <select
          id="lender-country"
          name="country"
          value={country}
          onChange={(e) => update(query, e.target.value)}
          className={`${inputClass} mt-2`}
        >
          <option value="">{labels.allCountries}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        <Button type="submit" className="mt-4">
          {labels.searchButton}
        </Button>
      </form>
      <h2 className="mb-2 text-2xl font-bold">{labels.resultsTitle}</h2>
      <p role="status" className="mb-4 font-bold">
        {count}
      </p>
      {n === 0 ? (
        noResults
      ) : (
        <ul className="list-none space-y-3 p-0" aria-label={labels.resultsTitle}>
          {results.map((r) => (
            <li key={r.id} className="border-s-4 border-brand bg-surface p-3">
              <a href={r.href} className="text-lg font-bold">
                {r.name}
              </a>
              {r.closed ? <span className="ms-2 inline-block border border-danger px-1 text-sm font-bold text-danger">{labels.closedTag}</span> : null}
              {r.locks ? <span className="ms-2 inline-block border border-ink px-1 text-sm">{labels.locksTag}</span> : null}
              {r.aliases.length ? (
                <span className="block text-sm">
                  {labels.alsoShownAs} <bdi>{r.aliases.slice(0, 5).join(', ')}</bdi>
                </span>
              ) : null}
              {r.countryNames.length ? <span className="block text-sm text-muted">{r.countryNames.join(', ')}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
