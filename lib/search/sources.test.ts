import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { locales } from '@/lib/i18n/routing';
import { guideSlugs } from '@/lib/pages/routes';
import { listFiles, readJson } from '@/lib/content/read';
import { readFlow, troubleshootPaths } from '@/lib/flow/read';
import { enumerateTrails, isOutcome, resolveTrail } from '@/lib/flow/resolve';
import { collectDocs, neutralTrail, mdxToText, type DocSource } from './sources';
import { createIndex, runSearch } from './engine';

const root = path.join(process.cwd(), 'content');

/** Every country the portal knows: the flow's, and those with contacts, lenders or regulators. */
function knownCountries(): string[] {
  const codes = new Set(readFlow(root).countries);
  for (const dir of ['contacts', 'regulators']) {
    for (const f of listFiles(path.join(root, dir), '.json')) codes.add(f.replace(/\.json$/, ''));
  }
  for (const f of listFiles(path.join(root, 'lenders'), '.json')) {
    const countries = (readJson(path.join(root, 'lenders', f)) as { countries?: unknown }).countries;
    if (Array.isArray(countries)) for (const c of countries) codes.add(String(c).toLowerCase());
  }
  codes.delete('global');
  return [...codes];
}

/** The country codes a query names, by code or by its name in the locale or in English. */
function namedCountries(query: string, locale: string, codes: string[]): Set<string> {
  const words = query.toLowerCase();
  const names = [new Intl.DisplayNames([locale], { type: 'region' }), new Intl.DisplayNames(['en'], { type: 'region' })];
  return new Set(
    codes.filter((c) => words.split(/[\s,/]+/).includes(c) || names.some((n) => words.includes((n.of(c.toUpperCase()) ?? '\u0000').toLowerCase()))),
  );
}

describe('search sources', () => {
  it('strips MDX markup to plain words', () => {
    expect(mdxToText('## Title\n\n<Callout tone="info">Read [the guide](/guides/x) **now**</Callout>')).toBe('Title Read the guide now');
  });

  it('indexes every page and guide in every locale', () => {
    for (const locale of locales) {
      const paths = collectDocs(root, locale).map((d) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['/avoid', '/second-hand', ...guideSlugs.map((s) => `/guides/${s}`)]));
    }
  });

  it('indexes troubleshooter outcomes at a real answer trail', () => {
    const outcomes = collectDocs(root, 'en').filter((d) => d.path.startsWith('/troubleshoot/'));
    expect(outcomes.length).toBeGreaterThan(3);
    const trails = new Set(troubleshootPaths(root));
    for (const doc of outcomes) expect(trails.has(doc.path), doc.path).toBe(true);
  });

  it('links an outcome behind a phone or country question to the page that asks it, never to one maker or country', () => {
    const flow = readFlow(root);
    const outcomes = collectDocs(root, 'en').filter((d) => d.id.startsWith('/troubleshoot#'));
    for (const doc of outcomes) {
      const trail = doc.path.split('/').slice(2);
      const node = resolveTrail(flow, trail)?.node;
      expect(node, doc.path).toBeDefined();
      if (node?.type === 'country' || node?.type === 'brand') expect(doc.note, doc.path).toBeTruthy();
      else expect(node?.id, doc.path).toBe(doc.id.slice('/troubleshoot#'.length));
    }
    // No result answers the phone question for the reader (the Xiaomi answer for a Samsung owner).
    for (const doc of outcomes) {
      const answers = resolveTrail(flow, doc.path.split('/').slice(2))?.answers ?? [];
      expect(answers.filter((a) => a.node.type === 'brand' || a.node.type === 'country').length, doc.path).toBe(0);
    }
    // Every outcome reached only through a country answer is still found.
    const viaCountry = new Set<string>();
    for (const t of enumerateTrails(flow)) {
      const node = resolveTrail(flow, t)?.node;
      if (node && isOutcome(node) && neutralTrail(flow, t).asks) viaCountry.add(node.id);
    }
    const ids = new Set(outcomes.map((d) => d.id.slice('/troubleshoot#'.length)));
    for (const id of viaCountry) expect(ids.has(id), id).toBe(true);
  });

  it('finds the phone question by the makers and lock apps it names, and the Google answer by "FRP", in every locale', () => {
    for (const locale of locales) {
      const index = createIndex(collectDocs(root, locale));
      for (const word of ['Tecno', 'Infinix', 'OPPO', 'vivo', 'Samsung', 'Knox', 'PayJoy', 'M-KOPA']) {
        expect(
          runSearch(index, word).some((h) => h.path.startsWith('/troubleshoot/')),
          `${locale} "${word}"`,
        ).toBe(true);
      }
      expect(runSearch(index, 'FRP')[0]?.id, locale).toBe('/troubleshoot#google-account-lock');
    }
  });

  it('never gives a result URL with a country the query did not name, in any locale', () => {
    const codes = knownCountries();
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const locale of locales) {
      const docs = collectDocs(root, locale);
      const index = createIndex(docs);
      const local = new Intl.DisplayNames([locale], { type: 'region' });
      // Words of every result's title, the usual questions, and every country by name and code.
      const queries = [
        ...docs.map((d) => d.title),
        'paid still locked',
        'lender',
        'IMEI',
        'contact',
        ...codes.flatMap((c) => [c, english.of(c.toUpperCase()) ?? c, `${local.of(c.toUpperCase()) ?? c} lender`]),
      ];
      for (const query of queries) {
        const named = namedCountries(query, locale, codes);
        for (const hit of runSearch(index, query)) {
          const segments = hit.path.split(/[/?&=#]/);
          const leaked = segments.filter((s) => codes.includes(s) && !named.has(s));
          expect(leaked, `${locale} "${query}" -> ${hit.path}`).toEqual([]);
        }
      }
      // And no document at all carries a country segment, whatever the query.
      for (const doc of docs)
        expect(
          doc.path.split('/').filter((s) => codes.includes(s)),
          `${locale} ${doc.path}`,
        ).toEqual([]);
    }
  });

  it('describes a lender by the countries it works in, with a note to check the name, not as your lender', () => {
    for (const locale of locales) {
      const lender = collectDocs(root, locale).find((d) => d.path === '/lenders/home-credit-india');
      expect(lender?.description, locale).toContain(new Intl.DisplayNames([locale], { type: 'region' }).of('IN'));
      expect(lender?.note, locale).toBeTruthy();
    }
    const en = collectDocs(root, 'en').filter((d) => d.path.startsWith('/lenders/'));
    for (const doc of en) expect(`${doc.title} ${doc.description} ${doc.note}`, doc.path).not.toMatch(/\byour lender\b/i);
  });

  it('takes a new kind of document as one more source function', () => {
    const lenders: DocSource = () => [{ id: '/lenders/x', path: '/lenders/x', title: 'Example Finance', description: '', text: '' }];
    const index = createIndex(collectDocs(root, 'en', [lenders]));
    expect(runSearch(index, 'example')[0]?.path).toBe('/lenders/x');
  });

  it('finds a lender by its name, a misspelling of it, and in Arabic', () => {
    const en = createIndex(collectDocs(root, 'en'));
    expect(runSearch(en, 'home credit').map((h) => h.path)).toContain('/lenders/home-credit-india');
    expect(runSearch(en, 'bajaj finanse')[0]?.path).toBe('/lenders/bajaj-finance');
    const ar = createIndex(collectDocs(root, 'ar'));
    expect(runSearch(ar, 'payjoy')[0]?.path).toBe('/lenders/payjoy');
  });

  it('finds the real English content for common questions', () => {
    const index = createIndex(collectDocs(root, 'en'));
    expect(runSearch(index, 'IMEI')[0]?.path).toBe('/guides/find-your-imei');
    expect(runSearch(index, 'factroy reset').map((h) => h.path)).toContain('/avoid');
  });
});
