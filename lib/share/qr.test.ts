import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr';

describe('qrSvg', () => {
  it('draws a square code with a quiet zone', () => {
    const { size, path } = qrSvg('https://example.org/en/avoid');
    // Version 3 (29 modules) at level M, plus 4 quiet modules each side.
    expect(size).toBe(37);
    expect(path).toMatch(/^M4 4h1v1h-1z/);
  });
});
