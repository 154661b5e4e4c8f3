import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type FormattedPhone = {
  /** What goes after `tel:`: E.164 for numbers, the digits (and `#` as %23) for short and USSD codes. */
  tel: string;
  national: string;
  /** Absent for short and USSD codes, which only work inside the country. */
  international?: string;
};

/**
 * Parses a number as written in a source for its country. Returns null when
 * libphonenumber-js does not consider it a valid number there: `content:check`
 * rejects such a number, so pages never show one.
 */
export function formatPhone(value: string, country: string, dial?: 'short' | 'ussd'): FormattedPhone | null {
  if (dial === 'short') return /^\d{3,6}$/.test(value) ? { tel: value, national: value } : null;
  if (dial === 'ussd') return /^\*[\d*]+#$/.test(value) ? { tel: value.replace(/#/g, '%23'), national: value } : null;
  const parsed = parsePhoneNumberFromString(value, country.toUpperCase() as Parameters<typeof parsePhoneNumberFromString>[1]);
  if (!parsed || !parsed.isValid()) return null;
  if (parsed.country && parsed.country !== country.toUpperCase()) return null;
  return { tel: parsed.number, national: parsed.formatNational(), international: parsed.formatInternational() };
}
