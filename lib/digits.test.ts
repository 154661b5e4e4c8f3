import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from './digits';

describe('toAsciiDigits', () => {
  it('reads the digits of Arabic, Urdu, Hindi, Bengali, Tamil and Thai keyboards as 0-9', () => {
    expect(toAsciiDigits('٤٩٠١٥٤٢٠٣٢٣٧٥١٨')).toBe('490154203237518');
    expect(toAsciiDigits('۴۹۰۱۵۴۲۰۳۲۳۷۵۱۸')).toBe('490154203237518');
    expect(toAsciiDigits('९८७६५४३२१०')).toBe('9876543210');
    expect(toAsciiDigits('৪৯০১')).toBe('4901');
    expect(toAsciiDigits('௪௯௦௧')).toBe('4901');
    expect(toAsciiDigits('๔๙๐๑')).toBe('4901');
  });
  it('leaves everything else as it was', () => {
    expect(toAsciiDigits('+91 98765-43210')).toBe('+91 98765-43210');
    expect(toAsciiDigits('रीसेट abc ٢٥٠٠ रुपये')).toBe('रीसेट abc 2500 रुपये');
    expect(toAsciiDigits('')).toBe('');
  });
});
