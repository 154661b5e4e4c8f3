import { describe, expect, it } from 'vitest';
import { parsePrefill } from './prefill';

const known = { lenderIds: ['dmi-finance'], countries: ['in'] };

describe('parsePrefill', () => {
  it('accepts known values, case-insensitively', () => {
    expect(parsePrefill('?type=Paid-Still-Locked&lender=dmi-finance&country=IN&lang=hi', known)).toEqual({
      type: 'paid-still-locked',
      lenderId: 'dmi-finance',
      country: 'in',
      lang: 'hi',
      ignored: [],
    });
  });

  it('lists unknown values to show in a notice, and never reads personal fields', () => {
    const p = parsePrefill('?type=nope&lender=acme&country=zz&lang=fr&fullName=Asha&imei=490154203237518', known);
    expect(p).toEqual({
      ignored: [
        { param: 'type', value: 'nope' },
        { param: 'lender', value: 'acme' },
        { param: 'country', value: 'zz' },
        { param: 'lang', value: 'fr' },
      ],
    });
  });

  it('ignores empty parameters and shortens long ones', () => {
    expect(parsePrefill('?type=&lang=', known)).toEqual({ ignored: [] });
    expect(parsePrefill(`?lender=${'x'.repeat(200)}`, known).ignored[0]?.value).toHaveLength(60);
  });
});
