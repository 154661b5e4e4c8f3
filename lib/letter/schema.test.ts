import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessages } from '@/lib/content/read';
import { emptyValues, fieldIds, letterTypes, typeSpecs, type FieldId } from './fields';
import { letterFormSchema, validateLetter, type LetterErrorMessages, type LetterFormValues } from './schema';

const msgs = readMessages(path.join(process.cwd(), 'content'), 'en').letter as {
  errors: LetterErrorMessages;
  fields: Record<FieldId, { label: string }>;
};
const labels = Object.fromEntries(fieldIds.map((f) => [f, msgs.fields[f].label])) as Record<FieldId, string>;
const today = '2026-05-01';
const form = (over: Partial<LetterFormValues>): LetterFormValues => ({ ...emptyValues(), type: 'overdue-amount', letterLocale: 'en', ...over });
const check = (over: Partial<LetterFormValues>) => validateLetter(form(over), msgs.errors, labels, today);

describe('validateLetter', () => {
  it('asks for a letter type first', () => {
    expect(check({ type: '' })).toEqual([{ field: 'type', message: 'Choose the letter you need' }]);
  });

  it('reports exactly the required fields of each type when all are empty', () => {
    for (const type of letterTypes) {
      expect(check({ type }).map((e) => e.field)).toEqual(fieldIds.filter((f) => typeSpecs[type].required.includes(f)));
    }
  });

  it('checks the IMEI: characters, length, Luhn, and a second IMEI different from the first', () => {
    const ok = { fullName: 'A', contact: 'a@b.co', lender: 'L' };
    expect(check({ ...ok, imei: '4901 5420 3237 518' })).toEqual([]);
    expect(check({ ...ok, imei: '49015420323751a' })[0]?.message).toBe('The IMEI can only have numbers');
    expect(check({ ...ok, imei: '49015420323751' })[0]?.message).toBe('The IMEI must have 15 digits');
    expect(check({ ...ok, imei: '490154203237519' })[0]?.message).toBe('Check the IMEI: one of the digits is not right');
    expect(check({ ...ok, imei: '490154203237518', imei2: '490154203237518' })[0]?.field).toBe('imei2');
  });

  it('accepts the digits of Arabic, Urdu and Hindi keyboards in the IMEI, phone number and amount', () => {
    const base = { type: 'paid-still-locked', fullName: 'A', lender: 'L', paymentCurrency: 'EGP', paymentMethod: 'x', paymentDate: '2026-01-01' };
    expect(check({ ...base, imei: '٤٩٠١٥٤٢٠٣٢٣٧٥١٨', contact: '+٢٠ ١٠٠ ١٢٣ ٤٥٦٧', paymentAmount: '٢٬٥٠٠٫٥٠' })).toEqual([]);
    expect(check({ ...base, imei: '۴۹۰۱۵۴۲۰۳۲۳۷۵۱۸', contact: '۰۳۰۰ ۱۲۳۴۵۶۷', paymentAmount: '۲۵۰۰' })).toEqual([]);
    expect(check({ ...base, imei: '४९०१५४२०३२३७५१८', contact: '९८७६५४३२१०', paymentAmount: '२५००' })).toEqual([]);
    // Still checked: a wrong digit in Arabic-Indic is a wrong digit.
    expect(check({ ...base, imei: '٤٩٠١٥٤٢٠٣٢٣٧٥١٩', contact: '+٢٠ ١٠٠ ١٢٣ ٤٥٦٧', paymentAmount: '٢٥٠٠' })[0]?.field).toBe('imei');
  });

  it('checks contact, amount, dates and length with the field named', () => {
    const base = { type: 'paid-still-locked', fullName: 'A', imei: '490154203237518', lender: 'L', paymentCurrency: 'INR', paymentMethod: 'UPI' };
    const errs = check({ ...base, contact: 'not an email@', paymentAmount: 'lots', paymentDate: '2026-02-30' });
    expect(errs.map((e) => e.field)).toEqual(['contact', 'paymentDate', 'paymentAmount']);
    expect(check({ ...base, contact: '+91 98765 43210', paymentAmount: '2,500.50', paymentDate: '2026-06-01' })).toEqual([
      { field: 'paymentDate', message: 'The date cannot be in the future' },
    ]);
    expect(check({ ...base, contact: '+91 98765 43210', paymentAmount: '1', paymentDate: '2026-01-01', fullName: 'x'.repeat(121) })).toEqual([
      { field: 'fullName', message: 'Your full name: use 120 characters or fewer' },
    ]);
  });

  it('ignores fields the chosen type does not use, so nothing typed elsewhere blocks it', () => {
    expect(check({ fullName: 'A', contact: 'a@b.co', lender: 'L', imei: '490154203237518', seller: 'x'.repeat(500) })).toEqual([]);
  });
});

describe('letterFormSchema', () => {
  it('turns each problem into an issue on its field', () => {
    const r = letterFormSchema(msgs.errors, labels, () => today).safeParse(form({ imei: '1' }));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['fullName', 'Enter your full name'],
      ['contact', 'Enter your phone number or email'],
      ['imei', 'The IMEI must have 15 digits'],
      ['lender', "Enter the lender's name"],
    ]);
  });
});
