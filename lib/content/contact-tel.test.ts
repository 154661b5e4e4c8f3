import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { telHref } from '@/lib/phone';
import { listFiles, readJson } from './read';
import type { Contact } from './contacts.schema';

/**
 * The tel: link of EVERY phone and WhatsApp contact in content: maker contacts,
 * complaint bodies and lenders. Each is either a valid E.164 number of its own
 * country (checked here with libphonenumber-js, independently of lib/phone), or
 * explicitly marked as a short code, a USSD code or an international toll-free
 * (ITFS) number, with the link form that kind is dialled with.
 */

const root = path.join(process.cwd(), 'content');

type Row = { where: string; contact: Contact; country: string | undefined };

function rows(): Row[] {
  const out: Row[] = [];
  const add = (file: string, field: string, list: Contact[] | undefined, fallback?: string) =>
    (list ?? []).forEach((contact, i) => {
      if (contact.kind === 'phone' || contact.kind === 'whatsapp') {
        out.push({ where: `${file} ${field}[${i}] "${contact.value}"`, contact, country: contact.country ?? fallback });
      }
    });
  for (const f of listFiles(path.join(root, 'contacts'), '.json')) {
    const d = readJson(path.join(root, 'contacts', f)) as { country?: string; channels: Contact[] };
    add(`contacts/${f}`, 'channels', d.channels, d.country);
  }
  for (const f of listFiles(path.join(root, 'regulators'), '.json')) {
    const d = readJson(path.join(root, 'regulators', f)) as { country: string; bodies: { channels: Contact[] }[] };
    d.bodies.forEach((b, i) => add(`regulators/${f}`, `bodies[${i}].channels`, b.channels, d.country));
  }
  for (const f of listFiles(path.join(root, 'lenders'), '.json')) {
    const d = readJson(path.join(root, 'lenders', f)) as { countries: string[]; contacts: Contact[] };
    add(`lenders/${f}`, 'contacts', d.contacts, d.countries.length === 1 ? d.countries[0] : undefined);
  }
  return out;
}

/** Why a contact's tel: link is wrong, or null when it is right. */
function problem({ contact, country }: Row): string | null {
  if (!country) return 'has no country, so its number cannot be checked';
  const href = telHref(contact.value, country, contact.dial);
  if (!href) return 'has no correct tel: link';
  const digits = contact.value.replace(/\D/g, '');
  switch (contact.dial) {
    case 'short':
      return /^tel:\d{3,6}$/.test(href) && href === `tel:${contact.value}` ? null : `short code link ${href} is not tel:<the code>`;
    case 'ussd':
      return /^tel:\*[\d*]+%23$/.test(href) && href === `tel:${contact.value.replace(/#/g, '%23')}` ? null : `USSD link ${href} is not tel:<code with %23>`;
    case 'itfs':
      return /^tel:00\d{8,14}$/.test(href) && href === `tel:${digits}` ? null : `ITFS link ${href} is not tel:<the digits as written, from 00>`;
    case undefined: {
      if (!/^tel:\+[1-9]\d{6,14}$/.test(href)) return `link ${href} is not E.164`;
      const parsed = parsePhoneNumberFromString(href.slice('tel:'.length));
      if (!parsed || !parsed.isValid()) return `${href} is not a valid number`;
      if (parsed.country !== (country.toUpperCase() as CountryCode)) return `${href} is a number of ${parsed.country ?? 'no country'}, not ${country.toUpperCase()}`;
      // An international prefix inside an E.164 number (+62 001 803 …) is never a real number.
      if (parsed.nationalNumber.startsWith('00')) return `${href} carries an international prefix: mark it "dial": "itfs"`;
      return null;
    }
    default:
      return `unknown dial kind "${String(contact.dial)}"`;
  }
}

describe('tel: links of every phone and WhatsApp contact', () => {
  const all = rows();

  it('finds the contacts (maker lines, complaint bodies and lenders)', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.some((r) => r.where.startsWith('contacts/'))).toBe(true);
    expect(all.some((r) => r.where.startsWith('regulators/'))).toBe(true);
    expect(all.some((r) => r.where.startsWith('lenders/'))).toBe(true);
  });

  it('are valid E.164 numbers of their country, or marked short / ussd / itfs with the matching link', () => {
    const wrong = all.map((r) => ({ where: r.where, problem: problem(r) })).filter((r) => r.problem);
    expect(wrong).toEqual([]);
  });

  it('rejects the broken forms this test guards against', () => {
    const row = (value: string, country: string, dial?: Contact['dial']): Row => ({
      where: 'example',
      country,
      contact: { kind: 'phone', value, dial, sources: [{ url: 'https://example.org/' }], verification: { level: 'unconfirmed' } } as Contact,
    });
    // Indonesia's ITFS number read as E.164 (+62 001 803 …).
    expect(problem(row('00180300650029', 'id'))).not.toBeNull();
    expect(problem(row('00180300650029', 'id', 'itfs'))).toBeNull();
    // Too few digits, a number filed under the wrong country, a code not marked as one.
    expect(problem(row('98765', 'in'))).not.toBeNull();
    expect(problem(row('+91 1800 103 6286', 'ke'))).not.toBeNull();
    expect(problem(row('1930', 'in'))).not.toBeNull();
    expect(problem(row('1930', 'in', 'short'))).toBeNull();
    expect(problem(row('*544#', 'ke'))).not.toBeNull();
    expect(problem(row('*544#', 'ke', 'ussd'))).toBeNull();
  });
});
