import { describe, expect, it } from 'vitest';
import { checkImei, luhnCheckDigit, normalizeImei } from './imei';

describe('checkImei', () => {
  it('accepts a well-formed IMEI and splits it into TAC, serial and check digit', () => {
    expect(checkImei('490154203237518')).toEqual({ ok: true, digits: '490154203237518', tac: '49015420', serial: '323751', checkDigit: '8' });
    expect(checkImei('352099001761481').ok).toBe(true);
  });
  it('rejects a wrong check digit', () => {
    expect(checkImei('490154203237519')).toMatchObject({ ok: false, reason: 'checksum' });
  });
  it('rejects 14 and 16 digits', () => {
    expect(checkImei('49015420323751')).toMatchObject({ ok: false, reason: 'length' });
    expect(checkImei('4901542032375180')).toMatchObject({ ok: false, reason: 'length' });
  });
  it('tolerates spaces, dashes, dots and slashes', () => {
    expect(checkImei('49-015420-323751-8').ok).toBe(true);
    expect(checkImei(' 4901 5420 3237 518 ').ok).toBe(true);
    expect(normalizeImei('35-209900/176148.1')).toBe('352099001761481');
  });
  it('tells empty input and letters apart from a bad number', () => {
    expect(checkImei('   ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkImei('49015420323751O')).toMatchObject({ ok: false, reason: 'characters' });
  });
  it('computes the Luhn check digit', () => {
    expect(luhnCheckDigit('49015420323751')).toBe(8);
    expect(luhnCheckDigit('35209900176148')).toBe(1);
  });
});
