import type { ReactElement, ReactNode } from 'react';
import { createLenderIndex, searchLenders, type LenderDoc } from '@/lib/search/lenders';
import { inputClass } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';
import { noPersonalNumberPattern, withoutPersonalNumbers } from '@/lib/privacy';
import { NumberNotices, numberDescribedBy } from '@/components/search/NumberNotice';

/** What a result shows, prepared (translated) on the server. */
export type LenderCard = LenderDoc & { href: string; countryNames: string[]; closed: boolean; locks: boolean };

export type LenderSearchLabels = {
  searchLabel: string;
  searchHint: string;
  countryLabel: string;
  allCountries: string;
  searchButton: string;
  resultsTitle: string;
  resultsNone: string;
  /** "Lenders found: {count}", with the number in a slot (`<span data-slot="count">`) from the ICU argument. */
  resultsSome: (count: ReactElement) => ReactNode;
  alsoShownAs: string;
  closedTag: string;
  locksTag: string;
  /** Shown while the box holds an IMEI-like number, which is never searched for or put in the address. */
  numberRefused: string;
  /** Shown when the server took such a number out of the address. */
  numberRemoved: string;
};

/**
 * The lookup form and its results. The server renders every lender, those that do not match `?q=&country=` hidden,
 * so it works without JavaScript and a shared link shows the same list. In the browser (lib/enhance/lenders.ts)
 * results follow the typing, from the same search over the names in `#lender-docs`, and the address follows too.
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
  noResults: ReactNode;
  removed: boolean;
}) {
  const docs: LenderDoc[] = cards.map(({ id, name, aliases, countries: c }) => ({ id, name, aliases, countries: c }));
  const shown = new Set(searchLenders(createLenderIndex(docs), docs, withoutPersonalNumbers(initialQuery), initialCountry || undefined).map((d) => d.id));
  const n = shown.size;
  return (
    <>
      <form method="get" action={action} role="search" className="mb-8 bg-surface p-4" data-lender-search>
        <label htmlFor="lender-q" className="block text-base font-bold">
          {labels.searchLabel}
        </label>
        <p id="lender-q-hint" className="mt-1 text-muted">
          {labels.searchHint}
        </p>
        <NumberNotices inputId="lender-q" removed={removed} labels={labels} />
        <input
          id="lender-q"
          name="q"
          type="search"
          defaultValue={initialQuery}
          aria-describedby={numberDescribedBy('lender-q', removed)}
          pattern={noPersonalNumberPattern}
          title={labels.numberRefused}
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass} mt-2`}
        />
        <label htmlFor="lender-country" className="mt-4 block text-base font-bold">
          {labels.countryLabel}
        </label>
        <select id="lender-country" name="country" defaultValue={initialCountry} className={`${inputClass} mt-2`}>
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
      <p role="status" className="mb-4 font-bold" id="lender-count">
        {n === 0
          ? labels.resultsNone
          : labels.resultsSome(
              <span key="count" data-slot="count">
                {new Intl.NumberFormat(locale).format(n)}
              </span>,
            )}
      </p>
      {/* The two sentences, for the enhancement script to draw the count as the list changes. */}
      <template id="lender-count-none">{labels.resultsNone}</template>
      <template id="lender-count-some">{labels.resultsSome(<span key="count" data-slot="count" />)}</template>
      <div data-no-results hidden={n > 0}>
        {noResults}
      </div>
      <ul className="list-none space-y-3 p-0" aria-label={labels.resultsTitle} hidden={n === 0}>
        {cards.map((r) => (
          <li key={r.id} data-lender={r.id} hidden={!shown.has(r.id)} className="border-s-4 border-brand bg-surface p-3">
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
      {/* The names the browser searches: the same as the server's, so both find the same lenders. */}
      <script type="application/json" id="lender-docs" dangerouslySetInnerHTML={{ __html: JSON.stringify(docs).replace(/</g, '\\u003c') }} />
    </>
  );
}
