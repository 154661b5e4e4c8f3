import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, readJson } from '@/lib/content/read';
import { createLenderIndex, normalizeTerm, searchLenders, type LenderDoc } from './lenders';

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
