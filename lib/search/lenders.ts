import MiniSearch, { type SearchResult } from 'minisearch';

/** What the search needs about a lender: small enough to send to the browser for search-as-you-type. */
export type LenderDoc = { id: string; name: string; aliases: string[]; countries: string[] };

/**
 * Folds case, accents and Arabic vowel marks, and drops punctuation, so
 * "Mobo Fácil", "MOBO FACIL" and "mobo-facil" are the same words. Only Latin
 * combining accents and Arabic harakat are dropped: Devanagari vowel signs
 * carry meaning and stay.
 */
export function normalizeTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '');
}

/** Lock screens and receipts write names with or without spaces ("HomeCredit", "M-KOPA"): index the joined form too. */
function joined(names: string[]): string {
  return names.map((n) => normalizeTerm(n)).join(' ');
}

const tokenize = (text: string) => text.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);

export function createLenderIndex(docs: LenderDoc[]): MiniSearch<LenderDoc> {
  const index = new MiniSearch<LenderDoc>({
    fields: ['name', 'aliases', 'joined'],
    storeFields: ['id'],
    extractField: (doc, field) => {
      if (field === 'aliases') return doc.aliases.join(' ');
      if (field === 'joined') return joined([doc.name, ...doc.aliases]);
      return (doc as Record<string, unknown>)[field] as string;
    },
    tokenize,
    processTerm: (t) => normalizeTerm(t) || null,
    searchOptions: {
      boost: { name: 2, aliases: 2, joined: 1 },
      prefix: true,
      // One typo in five letters ("credt", "finanse"); short words must match exactly or by prefix.
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  index.addAll(docs);
  return index;
}

/**
 * Lenders matching what the user typed, best first, optionally in one
 * country. An empty query lists every lender (in that country) by name.
 */
export function searchLenders(index: MiniSearch<LenderDoc>, docs: LenderDoc[], query: string, country?: string): LenderDoc[] {
  const inCountry = (d: LenderDoc) => !country || d.countries.includes(country);
  const q = query.trim();
  if (!q) return docs.filter(inCountry);
  const byId = new Map(docs.map((d) => [d.id, d]));
  // The whole query without spaces also tries the joined names ("home credit" → "homecredit").
  const results: SearchResult[] = index.search({
    combineWith: 'OR',
    queries: [q, { queries: [normalizeTerm(q)], fields: ['joined'], combineWith: 'OR' }],
  });
  const top = results[0]?.score ?? 0;
  return results
    // Weak fuzzy matches on one common word ("credit") would bury the real answer; keep the strong ones.
    .filter((r) => r.score >= top * 0.25)
    .map((r) => byId.get(r.id as string))
    .filter((d): d is LenderDoc => !!d && inCountry(d));
}
