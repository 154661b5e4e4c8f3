import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * How a number that no E.164 form can carry is dialled:
 * - `short`: a short code such as 1930, dialled as is inside the country;
 * - `ussd`: a code such as *123#, dialled on a mobile phone inside the country;
 * - `itfs`: an international toll-free number (ITFS), dialled inside the country
 *   with an international prefix as written (Indonesia's 001 803 …). Its E.164
 *   form (+62 001 803 …) is not a real number, so it is never used.
 */
export const dialKinds = ['short', 'ussd', 'itfs'] as const;
export type DialKind = (typeof dialKinds)[number];

export type FormattedPhone = {
  /**
   * What goes after `tel:`: E.164 for ordinary numbers; the digits for short
   * codes and ITFS numbers; the code with `#` written %23 for USSD codes.
   */
  tel: string;
  /** What the page shows. */
  national: string;
  /** Absent for short, USSD and ITFS codes and toll-free numbers, which only work inside the country. */
  international?: string;
  /** A national toll-free number (free to call inside the country; often not reachable from abroad). */
  tollFree?: true;
  /** Set for codes dialled as written (`dial` of the contact). */
  dial?: DialKind;
};

export const shortCodePattern = /^\d{3,6}$/;
export const ussdPattern = /^\*[\d*]+#$/;
/** An ITFS number as written: an international prefix (00…) then the number, digits with optional spaces or dashes. */
export const itfsPattern = /^00\d[\d -]{7,18}\d$/;

const digits = (value: string) => value.replace(/\D/g, '');

/**
 * Parses a number as written in a source for its country. Returns null when
 * libphonenumber-js does not consider it a valid number there, or when it is
 * written with an international prefix (it is then an ITFS number and must be
 * marked `dial: "itfs"`): `content:check` rejects such a number, so pages never
 * show a wrong link.
 */
export function formatPhone(value: string, country: string, dial?: DialKind): FormattedPhone | null {
  if (dial === 'short') return shortCodePattern.test(value) ? { tel: value, national: value, dial } : null;
  if (dial === 'ussd') return ussdPattern.test(value) ? { tel: value.replace(/#/g, '%23'), national: value, dial } : null;
  if (dial === 'itfs') {
    const d = digits(value);
    return itfsPattern.test(value.trim()) && d.length >= 10 && d.length <= 16 ? { tel: d, national: value.trim(), dial } : null;
  }
  // libphonenumber-js reads Indonesia's "001 803 …" as a national number (+62 001 803 …):
  // no national number starts with an international prefix, so such a reading is refused.
  if (/^00/.test(digits(value))) return null;
  const parsed = parsePhoneNumberFromString(value, country.toUpperCase() as Parameters<typeof parsePhoneNumberFromString>[1]);
  if (!parsed || !parsed.isValid()) return null;
  if (parsed.country && parsed.country !== country.toUpperCase()) return null;
  if (parsed.nationalNumber.startsWith('00')) return null;
  if (parsed.getType() === 'TOLL_FREE') return { tel: parsed.number, national: parsed.formatNational(), tollFree: true };
  return { tel: parsed.number, national: parsed.formatNational(), international: parsed.formatInternational() };
}

/** The `tel:` link for a number, or null when it has no correct one (see formatPhone). */
export function telHref(value: string, country: string, dial?: DialKind): string | null {
  const p = formatPhone(value, country, dial);
  return p ? `tel:${p.tel}` : null;
}
