import { describe, expect, it } from 'vitest';
import { formatPhone } from './phone';

describe('formatPhone', () => {
  it('formats India’s toll-free line in national and international form, with an E.164 tel link', () => {
    expect(formatPhone('1800 103 6286', 'in')).toEqual({ tel: '+9118001036286', national: '1800 103 6286', international: '+91 1800 103 6286' });
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
    expect(formatPhone('14448', 'in', 'short')).toEqual({ tel: '14448', national: '14448' });
    expect(formatPhone('*544#', 'ke', 'ussd')).toEqual({ tel: '*544%23', national: '*544#' });
    expect(formatPhone('1800 103', 'in', 'short')).toBeNull();
  });
});
