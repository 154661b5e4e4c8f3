'use client';

import { useRef, useState } from 'react';
import type MiniSearch from 'minisearch';
import { localePath } from '@/lib/i18n/paths';
import { loadIndex, runSearch, type SearchDoc, type SearchHit } from '@/lib/search/engine';
import { buttonClass } from '@/components/ui/Button';
import { inputClass } from '@/components/ui/Field';
import { noPersonalNumberPattern, withoutPersonalNumbers } from '@/lib/privacy';
import { numberNotice } from '@/components/search/NumberNotice';

export type SearchLabels = {
  form: string;
  label: string;
  hint: string;
  button: string;
  resultsFor: string;
  noResults: string;
  noResultsHelp: string;
  /** Shown while the box holds an IMEI-like number, which is never searched for or put in the address. */
  numberRefused: string;
  /** Shown when the server took such a number out of the address. */
  numberRemoved: string;
};

/**
 * Replaces `{query}` in a translated sentence: the server passes the sentence, the browser fills in what
 * was typed, isolated with <bdi> so Latin words keep their place in an Arabic or Urdu sentence.
 */
function fill(template: string, query: string): React.ReactNode {
  const [before, after = ''] = template.split('{query}');
  return (
    <>
      {before}
      <bdi>{query}</bdi>
      {after}
    </>
  );
}

/**
 * The search form and its results. Without JavaScript it is a plain GET form
 * and the server renders the results. With JavaScript, results follow the
 * typing: the locale's prebuilt index is fetched once from this site and
 * searched in the browser, and the address keeps `?q=` so the link can be shared.
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
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState(initialHits);
  const index = useRef<Promise<MiniSearch<SearchDoc> | null> | null>(null);

  function getIndex() {
    index.current ??= fetch(`${localePath(locale, '/search')}/index.json`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then(loadIndex)
      // Offline or failed: the form still works by submitting to the server.
      .catch(() => null);
    return index.current;
  }

  async function onChange(value: string) {
    setQuery(value);
    const loaded = await getIndex();
    if (!loaded) return;
    // A long number is never searched for, nor written into the address.
    const words = withoutPersonalNumbers(value);
    setHits(runSearch(loaded, words));
    const url = new URL(window.location.href);
    url.searchParams.delete('removed');
    if (words) url.searchParams.set('q', words);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }

  const { refused, notice, describedBy } = numberNotice({ inputId: 'search-q', query, removed, labels });
  const shown = withoutPersonalNumbers(query);
  return (
    <>
      <form role="search" aria-label={labels.form} action={localePath(locale, '/search')} method="get" className="mb-8">
        <label htmlFor="search-q" className="block text-lg font-bold">
          {labels.label}
        </label>
        <p id="search-q-hint" className="mt-1 mb-2 text-muted">
          {labels.hint}
        </p>
        {notice}
        <div className="flex flex-wrap gap-2">
          <input
            id="search-q"
            name="q"
            type="search"
            value={query}
            onChange={(e) => void onChange(e.target.value)}
            onFocus={() => void getIndex()}
            aria-describedby={describedBy}
            aria-invalid={refused || undefined}
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
      <div aria-live="polite">
        {shown === '' ? null : hits.length === 0 ? (
          <>
            <h2 className="mb-2 text-2xl font-bold">{fill(labels.noResults, shown)}</h2>
            <p>{labels.noResultsHelp}</p>
          </>
        ) : (
          <>
            <h2 className="mb-4 text-2xl font-bold">{fill(labels.resultsFor, shown)}</h2>
            <ol className="list-none space-y-4 p-0">
              {hits.map((hit) => (
                <li key={hit.id} className="border-s-4 border-brand bg-surface p-4">
                  <h3 className="mb-1 text-lg font-bold">
                    <a href={localePath(locale, hit.path)}>{hit.title}</a>
                  </h3>
                  <p className="m-0">{hit.description}</p>
                  {hit.note ? <p className="mt-1 mb-0 text-muted">{hit.note}</p> : null}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </>
  );
}
