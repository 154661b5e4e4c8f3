import { describe, expect, it } from 'vitest';
import { loadRegulators } from '@/lib/content/contacts';
import { pickBody, type LetterBody } from './bodies';
import { bodyFit } from './body-fit';

const bodiesOf = (country: string): LetterBody[] =>
  (loadRegulators(country)?.bodies ?? [])
    .filter((b) => b.type !== 'police' && b.type !== 'reporting')
    .map((b) => ({ name: b.name, fit: bodyFit(b.scope?.covers) }));

describe('the complaint body a letter goes to', () => {
  it('Egypt: a pay-later plan (valU) or a consumer-finance loan goes to the FRA, not to the central bank for banks', () => {
    const eg = bodiesOf('eg');
    expect(eg[0]?.name).toMatch(/Central Bank of Egypt/);
    expect(pickBody(eg, 'bnpl')?.name).toMatch(/Financial Regulatory Authority/);
    expect(pickBody(eg, 'lender')?.name).toMatch(/Financial Regulatory Authority/);
  });
  it('Pakistan: a lender goes to the SECP, a carrier plan to the PTA', () => {
    const pk = bodiesOf('pk');
    expect(pickBody(pk, 'lender')?.name).toMatch(/SECP/);
    expect(pickBody(pk, 'carrier')?.name).toMatch(/PTA/);
  });
  it('without a lender, or with nothing known about the bodies, the first listed', () => {
    const eg = bodiesOf('eg');
    expect(pickBody(eg)?.name).toBe(eg[0]?.name);
    const unknown = [
      { name: 'A', fit: bodyFit() },
      { name: 'B', fit: bodyFit() },
    ];
    expect(pickBody(unknown, 'lender')?.name).toBe('A');
    expect(pickBody([], 'lender')).toBeUndefined();
  });
});
