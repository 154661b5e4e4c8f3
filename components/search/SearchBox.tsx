import type { ReactElement, ReactNode } from 'react';
import { localePath } from '@/lib/i18n/paths';
import type { SearchHit } from '@/lib/search/engine';
import { buttonClass } from '@/components/ui/Button';
import { inputClass } from '@/components/ui/Field';
import { noPersonalNumberPattern } from '@/lib/privacy';
import { NumberNotices, numberDescribedBy } from '@/components/search/NumberNotice';

export type SearchLabels = {
  form: string;
  label: string;
  hint: string;
  button: string;
  /** Headings with the query in a slot (`<bdi data-slot="query">`), from the ICU message's `{query}` argument. */
  resultsFor: (query: ReactElement) => ReactNode;
  noResults: (query: ReactElement) => ReactNode;
  noResultsHelp: string;
  /** Where to go when nothing is found: the troubleshooter, the lender lookup, the guides. */
  noResultsLinks: { path: string; label: string }[];
  /** Shown while the box holds an IMEI-like number, which is never searched for or put in the address. */
  numberRefused: string;
  /** Shown when the server took such a number out of the address. */
  numberRemoved: string;
};

/** The typed words, isolated with <bdi> so Latin words keep their place in an Arabic or Urdu sentence. */
const querySlot = (query: string) => (
  <bdi key="query" data-slot="query">
    {query}
  </bdi>
);

function Hit({ hit, locale }: { hit: SearchHit; locale: string }) {
  return (
    <li className="border-s-4 border-brand bg-surface p-4">
      <h3 className="mb-1 text-lg font-bold">
        <a href={localePath(locale, hit.path)} data-slot="link">
          {hit.title}
        </a>
      </h3>
      <p className="m-0" data-slot="description">
        {hit.description}
      </p>
      {hit.note ? (
        <p className="mt-1 mb-0 text-muted" data-slot="note">
          {hit.note}
        </p>
      ) : null}
    </li>
  );
}

/** What to try when nothing is found, with links to the pages that help without a search. */
function NoResultsHelp({ labels, locale }: { labels: SearchLabels; locale: string }) {
  return (
    <>
      <p>{labels.noResultsHelp}</p>
      <ul className="list-disc space-y-1 ps-6">
        {labels.noResultsLinks.map((l) => (
          <li key={l.path}>
            <a href={localePath(locale, l.path)}>{l.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Results for a query: the server renders them for the address's `?q=`; the enhancement script from templates. */
function Results({ query, hits, labels, locale }: { query: string; hits: SearchHit[]; labels: SearchLabels; locale: string }) {
  if (query === '') return null;
  if (hits.length === 0)
    return (
      <>
        <h2 className="mb-2 text-2xl font-bold">{labels.noResults(querySlot(query))}</h2>
        <NoResultsHelp labels={labels} locale={locale} />
      </>
    );
  return (
    <>
      <h2 className="mb-4 text-2xl font-bold">{labels.resultsFor(querySlot(query))}</h2>
      <ol className="list-none space-y-4 p-0">
        {hits.map((hit) => (
          <Hit key={hit.id} hit={hit} locale={locale} />
        ))}
      </ol>
    </>
  );
}

/**
 * The search form and its results. Without JavaScript it is a plain GET form and the server renders the results.
 * With JavaScript (lib/enhance/search.ts), results follow the typing: the locale's prebuilt index is fetched once
 * from this site and searched in the browser, and the address keeps `?q=` so the link can be shared. The
 * `<template>`s hold the same markup, empty, for the script to fill.
 */
export function SearchBox({
  locale,
  labels,
  initialQuery,
  initialHits,
  removed,
}: {
  locale: string;
  labels: SearchLabels;
  initialQuery: string;
  initialHits: SearchHit[];
  removed: boolean;
}) {
  return (
    <>
      <form
        role="search"
        aria-label={labels.form}
        action={localePath(locale, '/search')}
        method="get"
        className="mb-8"
        data-search-index={`${localePath(locale, '/search')}/index.json`}
      >
        <label htmlFor="search-q" className="block text-lg font-bold">
          {labels.label}
        </label>
        <p id="search-q-hint" className="mt-1 mb-2 text-muted">
          {labels.hint}
        </p>
        <NumberNotices inputId="search-q" removed={removed} labels={labels} />
        <div className="flex flex-wrap gap-2">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={initialQuery}
            aria-describedby={numberDescribedBy('search-q', removed)}
            pattern={noPersonalNumberPattern}
            title={labels.numberRefused}
            autoComplete="off"
            enterKeyHint="search"
            maxLength={200}
            className={`${inputClass} max-w-md flex-1`}
          />
          <button type="submit" className={buttonClass('primary')}>
            {labels.button}
          </button>
        </div>
      </form>
      <div aria-live="polite" id="search-results">
        <Results query={initialQuery} hits={initialHits} labels={labels} locale={locale} />
      </div>
      <template id="search-results-some">
        <h2 className="mb-4 text-2xl font-bold">{labels.resultsFor(querySlot(''))}</h2>
        <ol className="list-none space-y-4 p-0" />
      </template>
      <template id="search-results-none">
        <h2 className="mb-2 text-2xl font-bold">{labels.noResults(querySlot(''))}</h2>
        <NoResultsHelp labels={labels} locale={locale} />
      </template>
      <template id="search-hit">
        <Hit hit={{ id: '', path: '/', title: '', description: '', note: ' ' }} locale={locale} />
      </template>
    </>
  );
}
