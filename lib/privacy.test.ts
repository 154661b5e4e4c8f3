import { describe, expect, it } from 'vitest';
import { hasPersonalNumber, noPersonalNumberPattern, withoutPersonalNumbers } from './privacy';

/** What the browser does with `<input pattern>`: the whole value must match, compiled with the `v` flag. */
const browserAccepts = (value: string) => new RegExp(`^(?:${noPersonalNumberPattern})$`, 'v').test(value);

const personal = [
  '356938035643809', // an IMEI
  'imei 35-693803-564380-9',
  '+91 98765 43210',
  'loan LN2024000123',
  '١٢٣٤٥٦٧٨٩٠', // Arabic-Indic digits
  '९८७६५४३२१०', // Devanagari digits
  'my ref is 1234.5678',
];
const harmless = ['home credit', 'Bajaj Finserv', 'overdue 2024', '1800 103', 'pay 500 rupees by 15 March', 'ক্রেডিট', '', 'x'.repeat(200)];

describe('personal numbers in a search', () => {
  it.each(personal)('finds one in %j', (q) => {
    expect(hasPersonalNumber(q)).toBe(true);
    expect(browserAccepts(q)).toBe(false);
  });
  it.each(harmless)('leaves %j alone', (q) => {
    expect(hasPersonalNumber(q)).toBe(false);
    expect(browserAccepts(q)).toBe(true);
  });
  it('takes the number out and keeps the words', () => {
    expect(withoutPersonalNumbers('home credit 356938035643809 locked')).toBe('home credit locked');
    expect(withoutPersonalNumbers('+91 98765 43210')).toBe('');
    expect(hasPersonalNumber(withoutPersonalNumbers('a 1234 5678 9012 b 1234567890'))).toBe(false);
  });
  it('answers the same on every call (no regex state left behind)', () => {
    expect([hasPersonalNumber('12345678'), hasPersonalNumber('12345678'), hasPersonalNumber('12345678')]).toEqual([true, true, true]);
  });
});
