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

const tokenize = (text: string) =>
  text
    .split(/[\s\p{P}\p{S}]+/u)
    .map(normalizeTerm)
    .filter(Boolean);

/**
 * Words that many lenders share, or that people add around a name ("PayJoy
 * loan", "Bank of …"). They never find a lender on their own strength next to
 * a distinctive word, and a query word of this kind that a lender does not use
 * at all is skipped instead of failing the match. Normalized forms.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  // money words, in the languages of the lender names
  'credit',
  'credits',
  'credito',
  'kredit',
  'finance',
  'finances',
  'financial',
  'financing',
  'financiera',
  'financeira',
  'loan',
  'loans',
  'lending',
  'lender',
  'pay',
  'payment',
  'payments',
  'paylater',
  'emi',
  'installment',
  'installments',
  'instalment',
  'instalments',
  'plan',
  'card',
  'bank',
  'banco',
  'money',
  'cash',
  // device words
  'mobile',
  'movil',
  'phone',
  'phones',
  'smartphone',
  'celular',
  'handset',
  'device',
  // company words
  'ltd',
  'limited',
  'private',
  'pvt',
  'company',
  'corporation',
  'corp',
  'inc',
  'sa',
  'pt',
  'services',
  'group',
  // small words
  'the',
  'of',
  'by',
  'and',
  'for',
  'my',
  'de',
  'la',
  'del',
  'el',
  'y',
  'e',
  'x',
]);

/** One name a lender is known by (its name or an alias): one document of the index. */
type Label = { key: number; lender: string; isName: boolean; terms: string[] };

/** The prepared lenders. Opaque to callers: build it once with `createLenderIndex`. */
export type LenderIndex = { search: MiniSearch<Label>; labels: Label[]; byLender: Map<string, Label[]> };

/**
 * Typos allowed in a query word: none up to 3 letters, one from 4 to 7
 * letters ("credt", "payjoi", "finanse"), two from 8 ("finservve"). Counted in
 * characters, so it holds for every script. Generic words get none: "credit"
 * must not find "kredit".
 */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Each name and alias is its own document, so the words of one query must
 * meet in one name: "Samsung Finance" does not join "Samsung Sure" and "DMI
 * Finance". A name's words are indexed alone and run together ("M-KOPA" →
 * "m", "kopa", "mkopa"), since lock screens and receipts write them both ways.
 */
export function createLenderIndex(docs: LenderDoc[]): LenderIndex {
  const labels: Label[] = [];
  for (const doc of docs) {
    for (const [i, text] of [doc.name, ...doc.aliases].entries()) {
      const words = tokenize(text);
      if (!words.length) continue;
      labels.push({ key: labels.length, lender: doc.id, isName: i === 0, terms: words.length > 1 ? [...words, words.join('')] : words });
    }
  }
  const search = new MiniSearch<Label>({
    idField: 'key',
    fields: ['terms'],
    storeFields: ['lender', 'isName'],
    extractField: (label, field) => (field === 'terms' ? label.terms.join(' ') : String((label as Record<string, unknown>)[field])),
    // Terms are normalized already, on both sides.
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term || null,
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (GENERIC_WORDS.has(term) ? false : allowedEdits([...term].length) || false),
      maxFuzzy: 2,
    },
  });
  search.addAll(labels);
  const byLender = new Map<string, Label[]>();
  for (const l of labels) byLender.set(l.lender, [...(byLender.get(l.lender) ?? []), l]);
  return { search, labels, byLender };
}

/** A generic word is found in a name when it is one of its words, or begins one ("cred" while typing "credit"). */
const usesWord = (label: Label, word: string) => label.terms.some((t) => t.startsWith(word));

/** Results scoring less than this share of the best one are dropped: a weak match beside a strong one is noise. */
export const RELATIVE_CUTOFF = 0.5;

/**
 * Lenders matching what the user typed, best first, optionally in one
 * country (the cutoff is relative to the best match in that country). An
 * empty query lists every lender (in that country) by name; a query that
 * matches no lender returns an empty list (never a "closest" guess).
 *
 * The rules, so that a match is never invented:
 * - every distinctive (non-generic) word must match, within a few typos or as
 *   the start of a word, in one name of the lender: "TVS Credit" finds
 *   nothing, because no lender is called "TVS";
 * - a generic word ("credit", "loan", "phone") in that same name counts for
 *   it; one the lender uses in another of its names rules it out (the words
 *   do not belong together); one it uses nowhere is skipped ("PayJoy loan");
 * - a query of generic words only ("credit") lists the lenders whose names
 *   use them, spelled out, never by a typo;
 * - the words run together are tried too ("pay joy" → "payjoy").
 */
export function searchLenders(index: LenderIndex, docs: LenderDoc[], query: string, country?: string): LenderDoc[] {
  const inCountry = (d: LenderDoc) => !country || d.countries.includes(country);
  const q = query.trim();
  if (!q) return docs.filter(inCountry);
  const words = tokenize(q).slice(0, 12);
  if (!words.length) return [];
  const distinct = words.filter((w) => !GENERIC_WORDS.has(w));
  const generic = words.filter((w) => GENERIC_WORDS.has(w));
  const byId = new Map(docs.map((d) => [d.id, d]));

  // Per lender: its best score, and the names that matched.
  const found = new Map<string, { score: number; labels: Label[] }>();
  const collect = (results: SearchResult[]) => {
    for (const r of results) {
      const label = index.labels[r.id as number] as Label;
      const doc = byId.get(label.lender);
      if (!doc || !inCountry(doc)) continue;
      // Among equals, the lender's own name ranks before an alias.
      const score = r.score * (label.isName ? 1.05 : 1);
      const hit = found.get(label.lender) ?? { score: 0, labels: [] };
      hit.score = Math.max(hit.score, score);
      hit.labels.push(label);
      found.set(label.lender, hit);
    }
  };
  if (distinct.length) collect(index.search.search(distinct.join(' '), { combineWith: 'AND' }));
  else collect(index.search.search(generic.join(' '), { combineWith: 'AND', fuzzy: false }));
  if (distinct.length) {
    // A generic word counts where it stands in a matched name, rules the lender out where it stands only in its
    // other names, and is skipped where the lender does not use it.
    for (const [lender, hit] of found) {
      for (const w of generic) {
        if (hit.labels.some((l) => usesWord(l, w))) hit.score *= 1.1;
        else if (index.byLender.get(lender)?.some((l) => usesWord(l, w))) found.delete(lender);
      }
    }
  }
  // "pay joy" → "payjoy", "home credit" → "homecredit".
  if (words.length > 1) {
    const before = new Map(found);
    found.clear();
    collect(index.search.search(words.join(''), {}));
    for (const [lender, hit] of before) if ((found.get(lender)?.score ?? 0) < hit.score) found.set(lender, hit);
  }
  const best = new Map([...found].map(([lender, hit]) => [lender, hit.score]));
  const top = Math.max(0, ...best.values());
  return [...best]
    .filter(([, score]) => score >= top * RELATIVE_CUTOFF)
    .sort((a, b) => b[1] - a[1] || (byId.get(a[0]) as LenderDoc).name.localeCompare((byId.get(b[0]) as LenderDoc).name))
    .map(([id]) => byId.get(id) as LenderDoc);
}
