import { describe, expect, it } from 'vitest';
import { hasContent, parseDraft } from './draft';

describe('parseDraft', () => {
  it('keeps only known string fields', () => {
    expect(parseDraft(JSON.stringify({ type: 'dispute-lock', fullName: 'Asha', imei: 5, evil: 'x', __proto__: { a: 1 } }))).toEqual({
      type: 'dispute-lock',
      fullName: 'Asha',
    });
  });

  it('treats a missing or broken draft as empty', () => {
    expect(parseDraft(null)).toEqual({});
    expect(parseDraft('{oops')).toEqual({});
    expect(parseDraft('"text"')).toEqual({});
  });
});

describe('hasContent', () => {
  it('counts typed fields, not the letter type or language', () => {
    expect(hasContent({ type: 'dispute-lock', letterLocale: 'ar' })).toBe(false);
    expect(hasContent({ details: '  ' })).toBe(false);
    expect(hasContent({ details: 'x' })).toBe(true);
  });
});
