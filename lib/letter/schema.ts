import * as z from 'zod/mini';
import { checkImei, normalizeImei } from '@/lib/imei';
import { arabicSeparators, toAsciiDigits } from '@/lib/digits';
import { fillTemplate } from '@/lib/template';
import { locales } from '@/lib/i18n/routing';
import { fieldIds, fieldSpecs, isLetterType, isRequired, typeFields, type FieldId, type LetterType } from './fields';

/**
 * Error messages, already translated: the server page reads them from the
 * `letter` namespace and passes them down, so the schema itself has no words.
 * `{label}` and `{max}` are filled in here.
 */
export type LetterErrorMessages = {
  type: string;
  letterLocale: string;
  required: Record<FieldId, string>;
  tooLong: string;
  contact: string;
  amount: string;
  imei: { characters: string; length: string; checksum: string };
  imei2: { characters: string; length: string; checksum: string; same: string };
  date: { invalid: string; future: string };
};

export type LetterFormValues = { type: string; letterLocale: string } & Record<FieldId, string>;

export type FieldError = { field: FieldId | 'type' | 'letterLocale'; message: string };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** An amount in digits, with the separators people write: spaces, dots, commas, apostrophes, Arabic ٫ and ٬. */
const amountPattern = new RegExp(`^\\d[\\d\\s.,'${arabicSeparators}]*$`);
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function realDate(s: string): boolean {
  if (!isoDate.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Every problem in a draft, in form order. `labels` name the fields in length messages; `today` is YYYY-MM-DD. */
export function validateLetter(values: LetterFormValues, m: LetterErrorMessages, labels: Record<FieldId, string>, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!isLetterType(values.type)) errors.push({ field: 'type', message: m.type });
  if (!(locales as readonly string[]).includes(values.letterLocale)) errors.push({ field: 'letterLocale', message: m.letterLocale });
  if (!isLetterType(values.type)) return errors;
  const type: LetterType = values.type;
  for (const field of typeFields(type)) {
    const value = (values[field] ?? '').trim();
    const spec = fieldSpecs[field];
    if (!value) {
      if (isRequired(type, field)) errors.push({ field, message: m.required[field] });
      continue;
    }
    if (value.length > spec.max) {
      errors.push({ field, message: fillTemplate(m.tooLong, { label: labels[field], max: spec.max }) });
      continue;
    }
    const error = formatError(field, value, values, m, today);
    if (error) errors.push({ field, message: error });
  }
  return errors;
}

function formatError(field: FieldId, value: string, values: LetterFormValues, m: LetterErrorMessages, today: string): string | undefined {
  switch (fieldSpecs[field].kind) {
    case 'imei': {
      const r = checkImei(value);
      const msgs = field === 'imei2' ? m.imei2 : m.imei;
      if (!r.ok) return r.reason === 'characters' ? msgs.characters : r.reason === 'length' ? msgs.length : msgs.checksum;
      if (field === 'imei2' && r.digits === normalizeImei(values.imei ?? '')) return m.imei2.same;
      return undefined;
    }
    case 'contact': {
      if (value.includes('@')) return email.test(value) ? undefined : m.contact;
      // Digits as typed on the person's keyboard (٠١٢, ०१२…) count as digits.
      const number = toAsciiDigits(value);
      const digits = number.replace(/\D/g, '').length;
      return /^\+?[\d\s().-]+$/.test(number) && digits >= 6 && digits <= 15 ? undefined : m.contact;
    }
    case 'amount':
      return amountPattern.test(toAsciiDigits(value)) ? undefined : m.amount;
    case 'date':
      if (!realDate(value)) return m.date.invalid;
      return value > today ? m.date.future : undefined;
    default:
      return undefined;
  }
}

/** The form schema: strings for every field, checked by `validateLetter` for the chosen type. */
export function letterFormSchema(
  m: LetterErrorMessages,
  labels: Record<FieldId, string>,
  today: () => string,
): z.ZodMiniType<LetterFormValues, LetterFormValues> {
  const shape = Object.fromEntries(fieldIds.map((f) => [f, z.string()])) as Record<FieldId, z.ZodMiniString>;
  const schema = z.object({ type: z.string(), letterLocale: z.string(), ...shape }).check(
    z.superRefine((values, ctx) => {
      for (const e of validateLetter(values, m, labels, today())) {
        ctx.addIssue({ code: 'custom', message: e.message, path: [e.field], input: values[e.field] });
      }
    }),
  );
  // zod/mini types a string's input as unknown; the form only ever holds strings.
  return schema as unknown as z.ZodMiniType<LetterFormValues, LetterFormValues>;
}
