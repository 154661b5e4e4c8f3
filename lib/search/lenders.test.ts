import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, readJson } from '@/lib/content/read';
import { allowedEdits, createLenderIndex, normalizeTerm, searchLenders, type LenderDoc } from './lenders';

const dir = path.join(process.cwd(), 'content', 'lenders');
const docs: LenderDoc[] = listFiles(dir, '.json').map((f) => {
  const { id, name, aliases, countries } = readJson(path.join(dir, f)) as LenderDoc;
  return { id, name, aliases, countries };
});
const index = createLenderIndex(docs);
const ids = (q: string, country?: string) => searchLenders(index, docs, q, country).map((d) => d.id);

describe('normalizeTerm', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalizeTerm('Fácil')).toBe('facil');
    expect(normalizeTerm('M-KOPA')).toBe('mkopa');
    expect(normalizeTerm('تَابِي')).toBe('تابي');
  });
});

describe('searchLenders', () => {
  it('finds lenders despite typos', () => {
    expect(ids('home credt').slice(0, 4)).toEqual(expect.arrayContaining(['home-credit-india', 'home-credit-philippines']));
    expect(ids('dmi finanse')[0]).toBe('dmi-finance');
    expect(ids('bajaj')[0]).toBe('bajaj-finance');
    expect(ids('payjoi')[0]).toBe('payjoy');
  });
  it('matches aliases and lock-screen text', () => {
    expect(ids('Bajaj Finserv')[0]).toBe('bajaj-finance');
    expect(ids('Lipa Mdogo Mdogo')[0]).toBe('safaricom-lipa-mdogo-mdogo');
    expect(ids('Device provided by')[0]).toBe('device-lock-controller');
    expect(ids('HDBFS')[0]).toBe('hdb-financial-services');
  });
  it('ignores case, spacing, punctuation and accents', () => {
    expect(ids('MOBO FACIL')[0]).toBe('mobo-facil');
    expect(ids('mobo-fácil')[0]).toBe('mobo-facil');
    expect(ids('mkopa')[0]).toBe('m-kopa');
    expect(ids('homecredit')).toContain('home-credit-india');
    expect(ids('  PAY JOY ')[0]).toBe('payjoy');
  });
  it('filters by country', () => {
    expect(ids('home credit', 'ph')).toEqual(['home-credit-philippines']);
    expect(ids('', 'ke')).toEqual(expect.arrayContaining(['safaricom-lipa-mdogo-mdogo', 'm-kopa', 'payjoy']));
    expect(ids('', 'ke').every((id) => docs.find((d) => d.id === id)?.countries.includes('ke'))).toBe(true);
  });
  it('handles non-Latin queries without crashing', () => {
    expect(ids('تابي')[0]).toBe('tabby');
    expect(ids('تمارا')[0]).toBe('tamara');
    expect(ids('फाइनेंस')).toEqual([]);
    expect(ids('।॥؟')).toEqual([]);
  });
  it('returns nothing for unrelated words', () => {
    expect(ids('zzzzqqq')).toEqual([]);
  });
});

describe('searchLenders does not invent matches', () => {
  // Names of real lenders or products that are not in our data, and words that name no lender.
  it.each(['TVS Credit', 'Samsung Finance+', 'Samsung Finance', 'Bank of Nowhere', 'banana', 'elephant', 'Quantum Loans', 'tvs'])(
    '"%s" finds no lender',
    (q) => {
      expect(ids(q)).toEqual([]);
    },
  );
  it('does not join words from two different names of a lender', () => {
    // DMI is known as "Samsung Sure" and "DMI Finance": "Samsung Finance" is neither.
    expect(ids('Samsung Sure')[0]).toBe('dmi-finance');
    expect(ids('DMI Finance')[0]).toBe('dmi-finance');
    expect(ids('Samsung Finance')).toEqual([]);
  });
  it('finds no lender in a country where that lender does not work', () => {
    expect(ids('payjoy', 'gb')).toEqual([]);
    expect(ids('tvs credit', 'in')).toEqual([]);
  });
  it('a generic word alone lists only lenders that use it, and never by a typo', () => {
    const credit = ids('credit');
    expect(credit.length).toBeGreaterThan(0);
    for (const id of credit) {
      const d = docs.find((x) => x.id === id) as LenderDoc;
      expect([d.name, ...d.aliases].some((n) => normalizeTerm(n).includes('credit'))).toBe(true);
    }
    expect(credit).not.toContain('akulaku'); // "Kredit Akulaku": one letter away, but a generic word must be spelled out
  });
});

describe('searchLenders still forgives typos and finds aliases first', () => {
  it.each([
    ['Bajaj Finserve', 'bajaj-finance'],
    ['bajaj finance emi', 'bajaj-finance'],
    ['PayJoi', 'payjoy'],
    ['payjoy loan', 'payjoy'],
    ['PayJoy phone', 'payjoy'],
    ['mkopa', 'm-kopa'],
    ['M KOPA', 'm-kopa'],
    ['Kredivoo', 'kredivo'],
    ['Akulaku Paylatr', 'akulaku'],
    ['Tamaraa', 'tamara'],
    ['Crédito Coppel', 'coppel'],
    ['credito coppel', 'coppel'],
    ['MoboFacil', 'mobo-facil'],
    ['Mobo Fácil', 'mobo-facil'],
    ['فاليو', 'valu'],
    ['تَمَارَا', 'tamara'],
    ['كونتكت', 'contact-egypt'],
    ['Lipa Mos Mos', 'onfon-mobile'],
    ['Watu Simu', 'watu-credit'],
    ['Kist Pay', 'kistpay'],
    ['Home Credit Philipines', 'home-credit-philippines'],
    ['Cholamandalm', 'cholamandalam'],
  ])('"%s" finds %s first', (q, id) => {
    expect(ids(q)[0]).toBe(id);
  });
  it('"Home Credt" finds every Home Credit and nothing else', () => {
    expect(ids('Home Credt').sort()).toEqual(['home-credit-india', 'home-credit-indonesia', 'home-credit-philippines', 'home-credit-vietnam']);
  });
  it('keeps results for a name that is still being typed', () => {
    expect(ids('baj')[0]).toBe('bajaj-finance');
    expect(ids('home cr')).toContain('home-credit-india');
  });
});

describe('allowedEdits', () => {
  it('allows more typos only in longer words', () => {
    expect([3, 4, 7, 8].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });
  it('a swap of two letters counts as two typos, so only longer names forgive it', () => {
    expect(ids('Cholamnadalam')[0]).toBe('cholamandalam');
    expect(ids('pyajoy')).toEqual([]);
  });
});
