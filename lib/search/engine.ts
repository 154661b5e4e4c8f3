import MiniSearch, { type Options, type SearchOptions } from 'minisearch';

/**
 * One searchable document: a page, a guide, and (once their features land)
 * a troubleshooter outcome or a lender. `path` is locale-less ("/guides/find-your-imei").
 */
export type SearchDoc = {
  id: string;
  path: string;
  title: string;
  description: string;
  text: string;
  /** A short line under the description saying what the link does (it asks the country first; a lender is not necessarily yours). */
  note?: string;
};

/** What a result carries to the page: enough to draw a link and a line of text. */
export type SearchHit = { id: string; path: string; title: string; description: string; note?: string };

/**
 * Lower case, and accents dropped from Latin letters ("reseteo" finds
 * "reséteo") and vowel marks and tatweel from Arabic. Marks in Devanagari are
 * real letters, so they stay.
 */
export function normalizeTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/** The index options: the server and the browser must build and load the index with the same ones. */
export const indexOptions: Options<SearchDoc> = {
  fields: ['title', 'description', 'text'],
  storeFields: ['path', 'title', 'description', 'note'],
  processTerm: (term) => normalizeTerm(term) || null,
};

/**
 * Typos are forgiven in longer words ("factroy" finds "factory": two edits in
 * seven letters); short words must match, or be the start of a word.
 */
export const searchOptions: SearchOptions = {
  boost: { title: 3, description: 2 },
  // A single letter or digit ("x", "1") is in almost every page: on its own it would find pages that have nothing to do with the query.
  tokenize: (text) => MiniSearch.getDefault('tokenize')(text).filter((t: string) => [...t].length > 1),
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 4 ? 0.3 : false),
  combineWith: 'OR',
};

export function createIndex(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(indexOptions);
  index.addAll(docs);
  return index;
}

export function loadIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, indexOptions);
}

/** Best results first; an empty or blank query has none. */
export function runSearch(index: MiniSearch<SearchDoc>, query: string, limit = 20): SearchHit[] {
  if (query.trim() === '') return [];
  return index
    .search(query, searchOptions)
    .slice(0, limit)
    .map((r) => ({
      id: String(r.id),
      path: r.path as string,
      title: r.title as string,
      description: r.description as string,
      ...(typeof r.note === 'string' && r.note !== '' ? { note: r.note } : {}),
    }));
}
