import { describe, expect, it } from 'vitest';
import { formatPhone, telHref } from './phone';

describe('formatPhone', () => {
  it('formats India’s toll-free line in national form only, marked toll-free, with an E.164 tel link', () => {
    expect(formatPhone('1800 103 6286', 'in')).toEqual({ tel: '+9118001036286', national: '1800 103 6286', tollFree: true });
    expect(formatPhone('0800-55055', 'pk')).toEqual({ tel: '+9280055055', national: '0800 550 55', tollFree: true });
  });
  it('gives other numbers an international form too', () => {
    expect(formatPhone('+44 7836 191 191', 'gb')).toEqual({ tel: '+447836191191', national: '07836 191191', international: '+44 7836 191191' });
  });
  it('reads numbers written with dots, dashes and brackets', () => {
    expect(formatPhone('(02) 7753-5711', 'ph')?.tel).toBe('+63277535711');
    expect(formatPhone('028.38.999.666', 'vn')?.international).toBe('+84 28 3899 9666');
    expect(formatPhone('+44 7836 191 191', 'gb')?.national).toBe('07836 191191');
  });
  it('rejects a number that is not valid in its country', () => {
    expect(formatPhone('224 7777', 'pe')).toBeNull();
    expect(formatPhone('12345', 'in')).toBeNull();
    expect(formatPhone('not a number', 'gb')).toBeNull();
    // A valid Indian number filed under Kenya is wrong.
    expect(formatPhone('+91 1800 103 6286', 'ke')).toBeNull();
  });
  it('keeps short and USSD codes as dialled, escaping # in the tel link', () => {
    expect(formatPhone('14448', 'in', 'short')).toEqual({ tel: '14448', national: '14448', dial: 'short' });
    expect(formatPhone('*544#', 'ke', 'ussd')).toEqual({ tel: '*544%23', national: '*544#', dial: 'ussd' });
    expect(formatPhone('1800 103', 'in', 'short')).toBeNull();
    expect(formatPhone('*544', 'ke', 'ussd')).toBeNull();
  });
});

describe('international toll-free (ITFS) numbers', () => {
  it('never turn into a fake E.164 number when not marked', () => {
    // libphonenumber-js alone reads Indonesia's 001 803 … as +62 001 803 …, which does not exist.
    expect(formatPhone('00180300650029', 'id')).toBeNull();
    expect(formatPhone('001-803-0065-0029', 'id')).toBeNull();
    expect(telHref('00180300650029', 'id')).toBeNull();
  });
  it('are dialled as written, with no international form', () => {
    expect(formatPhone('00180300650029', 'id', 'itfs')).toEqual({ tel: '00180300650029', national: '00180300650029', dial: 'itfs' });
    expect(formatPhone('001 803 0065 0029', 'id', 'itfs')).toEqual({ tel: '00180300650029', national: '001 803 0065 0029', dial: 'itfs' });
    expect(telHref('001-803-0065-0029', 'id', 'itfs')).toBe('tel:00180300650029');
  });
  it('must start with an international prefix and have a plausible length', () => {
    expect(formatPhone('1800 103 6286', 'in', 'itfs')).toBeNull();
    expect(formatPhone('001803', 'id', 'itfs')).toBeNull();
    expect(formatPhone('00180300650029123', 'id', 'itfs')).toBeNull();
    expect(formatPhone('+62 21 1234 5678', 'id', 'itfs')).toBeNull();
  });
});

describe('telHref', () => {
  it('is E.164 for numbers and the code as dialled for short and USSD codes', () => {
    expect(telHref('1800 103 6286', 'in')).toBe('tel:+9118001036286');
    expect(telHref('1930', 'in', 'short')).toBe('tel:1930');
    expect(telHref('*123#', 'ke', 'ussd')).toBe('tel:*123%23');
    expect(telHref('*284*40#', 'ke', 'ussd')).toBe('tel:*284*40%23');
  });
  it('is null when there is no correct link', () => {
    expect(telHref('12345', 'in')).toBeNull();
    expect(telHref('19300', 'in', 'ussd')).toBeNull();
    expect(telHref('*123#', 'in', 'short')).toBeNull();
  });
});
