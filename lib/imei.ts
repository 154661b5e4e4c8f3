import { toAsciiDigits } from './digits';

/**
 * IMEI format check (3GPP TS 23.003 §6.2.1): 8-digit TAC, 6-digit serial,
 * 1 Luhn check digit. A valid result proves only that the number is well
 * formed, not that the phone exists, is genuine, or is free of finance.
 */

export type ImeiResult =
  | { ok: true; digits: string; tac: string; serial: string; checkDigit: string }
  | { ok: false; reason: 'empty' | 'characters' | 'length' | 'checksum'; digits: string };

/**
 * Spaces, dashes, dots and slashes are how people copy IMEIs from boxes and screens; the digits may be those of
 * their keyboard's script (lib/digits.ts).
 */
export function normalizeImei(input: string): string {
  return toAsciiDigits(input).replace(/[\s\-./]/g, '');
}

/** Luhn check digit for a run of digits (the 14 before the check digit of an IMEI). */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // Counting from the right of the full number, the check digit is position 1, so the last body digit is doubled.
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function checkImei(input: string): ImeiResult {
  const digits = normalizeImei(input);
  if (digits === '') return { ok: false, reason: 'empty', digits };
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'characters', digits };
  if (digits.length !== 15) return { ok: false, reason: 'length', digits };
  if (luhnCheckDigit(digits.slice(0, 14)) !== Number(digits[14])) return { ok: false, reason: 'checksum', digits };
  return { ok: true, digits, tac: digits.slice(0, 8), serial: digits.slice(8, 14), checkDigit: digits.slice(14) };
}
