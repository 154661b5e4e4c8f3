import { describe, expect, it } from 'vitest';
import { letterPath } from './path';

describe('letterPath', () => {
  it('builds the prefill query in one order, leaving out what is not given', () => {
    expect(letterPath()).toBe('/letter');
    expect(letterPath({ type: 'paid-still-locked' })).toBe('/letter?type=paid-still-locked');
    expect(letterPath({ type: 'complaint', lender: 'payjoy', country: 'ke' })).toBe('/letter?type=complaint&lender=payjoy&country=ke');
    expect(letterPath({ country: 'br', type: 'complaint' })).toBe('/letter?type=complaint&country=br');
  });
});
