import { describe, expect, it } from 'vitest';
import { sharedLinkUrl, type Destination } from './types';

const origin = 'https://help.example.org';
const outcome: Destination = { id: 'o', path: '/troubleshoot/installment/not-paid/{country}', titles: { en: 'Pay' } };
const letter: Destination = { id: 'l', path: '/letter?type=paid-still-locked', titles: { en: 'Letter' } };
const home: Destination = { id: 'h', path: '/', titles: { en: 'Home' } };

describe('sharedLinkUrl', () => {
  it('puts the chosen country in the trail, or "other" when none is chosen', () => {
    const base = { group: 'troubleshoot' as const, dest: outcome, lender: '', letterLang: '', lang: 'hi' };
    expect(sharedLinkUrl({ ...base, country: 'ke' }, origin)).toBe(`${origin}/hi/troubleshoot/installment/not-paid/ke`);
    expect(sharedLinkUrl({ ...base, country: '' }, origin)).toBe(`${origin}/hi/troubleshoot/installment/not-paid/other`);
  });

  it('adds lender, country and letter language to a letter link, and nothing not chosen', () => {
    const base = { group: 'letter' as const, dest: letter, lang: 'en' };
    expect(sharedLinkUrl({ ...base, country: 'ng', lender: 'palmcredit', letterLang: 'fr' }, origin)).toBe(
      `${origin}/en/letter?type=paid-still-locked&lender=palmcredit&country=ng&lang=fr`,
    );
    expect(sharedLinkUrl({ ...base, country: '', lender: '', letterLang: '' }, origin)).toBe(`${origin}/en/letter?type=paid-still-locked`);
  });

  it('links the home page as the locale root, on the page origin', () => {
    expect(sharedLinkUrl({ group: 'guides', dest: home, country: '', lender: '', letterLang: '', lang: 'ar' }, 'http://portal.test:8080')).toBe(
      'http://portal.test:8080/ar',
    );
  });
});
