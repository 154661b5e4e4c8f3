import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/routing';
import { readMessages } from '@/lib/content/read';
import { emptyValues, fieldIds, isRequired, letterTypes, placeholdersIn, typeFields, type LetterValues } from './fields';
import { cleanValue, formatDate, mailtoHref, renderLetter, type BlankLabels } from './render';
import { readLetterTemplate } from './templates';

const root = path.join(process.cwd(), 'content');
const blanksFor = (locale: string) => (readMessages(root, locale).letter as { blanks: BlankLabels }).blanks;

/** A value per field that is easy to find in the output. */
function sampleValues(): LetterValues {
  const v = emptyValues();
  for (const f of fieldIds) v[f] = `VAL-${f}`;
  v.imei = '490154203237518';
  v.imei2 = '352099001761481';
  v.paymentDate = '2026-03-27';
  v.purchaseDate = '2025-12-01';
  v.firstContactDate = '2026-04-02';
  v.paymentAmount = '2500';
  v.pricePaid = '8500';
  v.lockDate = '2026-04-20';
  return v;
}

describe('every template in every locale', () => {
  for (const locale of locales) {
    for (const type of letterTypes) {
      it(`${locale}/${type}: every placeholder is a field of the type and is filled`, () => {
        const t = readLetterTemplate(root, locale, type);
        const used = placeholdersIn(`${t.subject}\n${t.body}`);
        const allowed = new Set<string>([...typeFields(type), 'today', 'deadline']);
        expect(used.filter((p) => !allowed.has(p))).toEqual([]);
        const values = sampleValues();
        const out = renderLetter(t, { type, locale, values, blanks: blanksFor(locale), today: '2026-05-01', mode: 'fill' });
        const text = `${out.subject}\n${out.body}`;
        expect(text).not.toMatch(/\{[A-Za-z]+\}/);
        expect(text).not.toContain('[');
        for (const f of typeFields(type)) {
          // Dates show in the letter's calendar (Thai letters count years in the Buddhist era).
          const year = (v: string) =>
            new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(v)).find((p) => p.type === 'year')
              ?.value ?? v.slice(0, 4);
          const shown = f.endsWith('Date')
            ? year(values[f])
            : f === 'imei' || f === 'imei2' || f === 'paymentAmount' || f === 'pricePaid'
              ? values[f].slice(0, 4)
              : values[f];
          expect(text, f).toContain(shown);
        }
      });
    }
  }
});

/** Whom each letter is addressed to, by name: the field of its "To:" line. */
const recipientField = {
  'overdue-amount': 'lender',
  'paid-still-locked': 'lender',
  'identify-lender': 'recipient',
  'second-hand': 'seller',
  'dispute-lock': 'lender',
  'closure-letter': 'lender',
  'regulator-complaint': 'regulator',
} as const;
/** Letters that give the recipient a date to answer by; those that can name the regulator as the next step. */
const withDeadline = ['overdue-amount', 'paid-still-locked', 'identify-lender', 'second-hand', 'dispute-lock', 'closure-letter'] as const;
const escalates = ['paid-still-locked', 'dispute-lock', 'closure-letter'] as const;

describe('letters that get an answer', () => {
  for (const locale of locales) {
    const today = '2026-05-01';
    const render = (type: (typeof letterTypes)[number], values = sampleValues()) =>
      renderLetter(readLetterTemplate(root, locale, type), { type, locale, values, blanks: blanksFor(locale), today, mode: 'fill' }).body;
    for (const type of letterTypes) {
      it(`${locale}/${type}: addressed to the named ${recipientField[type]} near the top, never to a team or a brand`, () => {
        const lines = render(type).split('\n');
        const to = lines.findIndex((l) => l.includes(`VAL-${recipientField[type]}`));
        expect(to).toBeGreaterThan(-1);
        expect(to).toBeLessThan(4);
        expect(render(type)).not.toMatch(/Xiaomi|Samsung|OPPO|complaints team/i);
      });
    }
    for (const type of withDeadline) {
      it(`${locale}/${type}: asks for an answer by a date 14 days away`, () => {
        expect(render(type)).toContain(formatDate('2026-05-15', locale));
      });
    }
    for (const type of escalates) {
      it(`${locale}/${type}: names the regulator as the next step, and leaves that line out when none is given`, () => {
        const named = render(type);
        const line = named.split('\n').find((l) => l.includes('VAL-regulator')) as string;
        expect(line).toBeTruthy();
        expect(named.indexOf(line)).toBeGreaterThan(named.indexOf(formatDate('2026-05-15', locale)));
        const none = render(type, { ...sampleValues(), regulator: '' });
        expect(none).not.toContain(line);
        // The deadline and the warning of a next step stay.
        expect(none).toContain(formatDate('2026-05-15', locale));
        expect(none.split('\n').length).toBe(named.split('\n').length - 1);
      });
    }
    it(`${locale}/second-hand: written to the seller, with the price and date bought, and nothing addressed to a lender`, () => {
      const body = render('second-hand');
      expect(body).toContain('8500');
      expect(body).toContain('VAL-paymentCurrency');
      const year = new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { year: 'numeric', timeZone: 'UTC' })
        .formatToParts(new Date('2025-12-01'))
        .find((p) => p.type === 'year')?.value as string;
      expect(body).toContain(year);
      // The lender is named only as a fact of the lock, on one line.
      expect(body.split('\n').filter((l) => l.includes('VAL-lender'))).toHaveLength(1);
    });
    it(`${locale}: the lock screen's words are quoted as the person typed them, in every letter that asks for them`, () => {
      for (const type of letterTypes) {
        if (!typeFields(type).includes('lockText')) continue;
        const values = { ...sampleValues(), lockText: 'Dispositivo bloqueado por falta de pago' };
        expect(render(type, values)).toContain('Dispositivo bloqueado por falta de pago');
      }
    });
  }
  it('in English, a complaint says it is one', () => {
    for (const type of ['paid-still-locked', 'dispute-lock', 'second-hand', 'regulator-complaint'] as const) {
      const t = readLetterTemplate(root, 'en', type);
      expect(`${t.subject}\n${t.body}`).toMatch(/complaint/i);
    }
  });
});

describe('renderLetter', () => {
  const t = { subject: 'About {imei}', body: 'Dear {lender},\nIMEI: {imei}\nSecond IMEI: {imei2}\n\nNotes: {details}\n\nBye {fullName}' };
  const blanks = blanksFor('en');
  const base = { type: 'overdue-amount' as const, locale: 'en', blanks, today: '2026-05-01' };

  it('leaves out a line whose optional field is empty, and shows a blank for an empty required field', () => {
    const values = { ...emptyValues(), imei: '4901 5420-3237 518', lender: 'Acme' };
    const out = renderLetter(t, { ...base, values, mode: 'fill' });
    expect(out.body).toBe('Dear Acme,\nIMEI: 490154203237518\n\nBye [your full name]');
    expect(out.subject).toBe('About 490154203237518');
  });

  it('blank mode shows every placeholder as a [blank] and keeps every line', () => {
    const out = renderLetter(t, { ...base, values: emptyValues(), mode: 'blank' });
    expect(out.body).toContain('Second IMEI: [second IMEI, if any]');
    expect(out.body).toContain('Notes: [what happened]');
  });

  it('keeps hostile text as text and strips direction overrides', () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(1)>\u202Egnp.exe 😀';
    const values = { ...emptyValues(), fullName: hostile, lender: '{imei}', imei: '490154203237518' };
    const out = renderLetter(t, { ...base, values, mode: 'fill' });
    expect(out.body).toContain('<script>alert(1)</script>"><img src=x onerror=alert(1)>gnp.exe 😀');
    expect(out.body).not.toContain('\u202E');
    // A value that looks like a placeholder is not expanded.
    expect(out.body).toContain('Dear {imei},');
  });

  it('isolates numbers in a right-to-left letter only', () => {
    const values = { ...emptyValues(), imei: '490154203237518', lender: 'Acme' };
    expect(renderLetter(t, { ...base, locale: 'ar', values, mode: 'fill' }).body).toContain('\u2066490154203237518\u2069');
    expect(renderLetter(t, { ...base, values, mode: 'fill' }).body).not.toContain('\u2066');
  });

  it('cleanValue keeps line breaks only in multi-line fields', () => {
    expect(cleanValue('fullName', ' A\r\nB ')).toBe('A B');
    expect(cleanValue('details', 'A\r\nB\u0007')).toBe('A\nB');
  });
});

describe('mailtoHref', () => {
  it('encodes spaces, line breaks, &, ?, # and non-Latin text', () => {
    const subject = 'Paid & locked? #1';
    const body = 'Line one\nमेरा फ़ोन लॉक है\nرقم IMEI & more?#';
    const href = mailtoHref({ to: 'care@lender.example', subject, body });
    expect(href.startsWith('mailto:care@lender.example?subject=')).toBe(true);
    expect(href).toContain('subject=Paid%20%26%20locked%3F%20%231');
    expect(href).toContain('Line%20one%0D%0A');
    expect(href).not.toMatch(/[ \n#]|&(?!body=)/);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe(subject);
    expect(url.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('leaves out an address that is not a plain email', () => {
    expect(mailtoHref({ to: 'a@b.example?cc=evil@x.example', subject: 's', body: 'b' })).toBe('mailto:?subject=s&body=b');
    expect(mailtoHref({ subject: 's', body: 'b' })).toBe('mailto:?subject=s&body=b');
  });
});

describe('required fields', () => {
  it('each type requires name, contact and IMEI, and only fields it shows', () => {
    for (const type of letterTypes) {
      for (const f of ['fullName', 'contact', 'imei'] as const) expect(isRequired(type, f)).toBe(true);
      for (const f of fieldIds) if (isRequired(type, f)) expect(typeFields(type)).toContain(f);
    }
  });
});
