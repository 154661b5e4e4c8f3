/**
 * The one description of the letter generator's data: letter types, the
 * fields each type uses and requires. The form, the renderer, the templates'
 * frontmatter and `content:check` all read it from here.
 */

export const letterTypes = [
  'overdue-amount',
  'paid-still-locked',
  'identify-lender',
  'second-hand',
  'dispute-lock',
  'closure-letter',
  'regulator-complaint',
] as const;
export type LetterType = (typeof letterTypes)[number];

export const fieldIds = [
  'fullName',
  'contact',
  'recipient',
  'regulator',
  'imei',
  'imei2',
  'model',
  'lender',
  'agreementNumber',
  'lockDate',
  'lockText',
  'paymentDate',
  'paymentAmount',
  'pricePaid',
  'paymentCurrency',
  'paymentMethod',
  'paymentReference',
  'receiptNumbers',
  'purchaseDate',
  'seller',
  'firstContactDate',
  'details',
] as const;
export type FieldId = (typeof fieldIds)[number];

/** Placeholders filled by the page, not typed by the person: today's date, and the date an answer is due. */
export const computedFields = ['today', 'deadline'] as const;

/** Days a letter gives for an answer before the next step (the regulator): `{deadline}` is today plus these. */
export const replyDays = 14;
export type ComputedField = (typeof computedFields)[number];

export type FieldKind = 'text' | 'imei' | 'contact' | 'date' | 'amount' | 'textarea';

/** Input kind and longest accepted value. Kind drives validation and whether the value reads left to right. */
export const fieldSpecs: Record<FieldId, { kind: FieldKind; max: number }> = {
  fullName: { kind: 'text', max: 120 },
  contact: { kind: 'contact', max: 120 },
  recipient: { kind: 'text', max: 160 },
  regulator: { kind: 'text', max: 160 },
  imei: { kind: 'imei', max: 40 },
  imei2: { kind: 'imei', max: 40 },
  model: { kind: 'text', max: 80 },
  lender: { kind: 'text', max: 120 },
  agreementNumber: { kind: 'text', max: 60 },
  lockDate: { kind: 'date', max: 10 },
  // The words on the person's own lock screen: any brand, any language.
  lockText: { kind: 'text', max: 300 },
  paymentDate: { kind: 'date', max: 10 },
  paymentAmount: { kind: 'amount', max: 30 },
  paymentCurrency: { kind: 'text', max: 20 },
  paymentMethod: { kind: 'text', max: 80 },
  paymentReference: { kind: 'text', max: 80 },
  receiptNumbers: { kind: 'text', max: 160 },
  purchaseDate: { kind: 'date', max: 10 },
  pricePaid: { kind: 'amount', max: 30 },
  seller: { kind: 'text', max: 120 },
  firstContactDate: { kind: 'date', max: 10 },
  // Long enough for a full account, short enough to fit in an email link.
  details: { kind: 'textarea', max: 2000 },
};

/** Values that read left to right even inside a right-to-left letter. */
export function isLtrField(field: FieldId | ComputedField): boolean {
  if (field === 'today' || field === 'deadline') return false;
  const kind = fieldSpecs[field].kind;
  return (
    kind === 'imei' || kind === 'contact' || kind === 'amount' || field === 'agreementNumber' || field === 'paymentReference' || field === 'receiptNumbers'
  );
}

type TypeSpec = { required: readonly FieldId[]; optional: readonly FieldId[] };

/**
 * Who each letter goes to is a field of its own, named in the letter's "To:"
 * line: the lender (`lender`), the seller (`seller`), the regulator
 * (`regulator`, prefilled from the country's complaint body) or, when the
 * person does not know who locked the phone, whoever they write to
 * (`recipient`). Complaints to a lender or seller give a `{deadline}` and name
 * the next step; `regulator` there is optional and only names it.
 */
export const typeSpecs: Record<LetterType, TypeSpec> = {
  'overdue-amount': {
    required: ['fullName', 'contact', 'imei', 'lender'],
    optional: ['imei2', 'model', 'agreementNumber', 'lockDate', 'lockText', 'details'],
  },
  'paid-still-locked': {
    required: ['fullName', 'contact', 'imei', 'lender', 'paymentDate', 'paymentAmount', 'paymentCurrency', 'paymentMethod'],
    optional: ['regulator', 'imei2', 'model', 'agreementNumber', 'lockDate', 'lockText', 'paymentReference', 'receiptNumbers', 'details'],
  },
  'identify-lender': {
    required: ['fullName', 'contact', 'recipient', 'imei', 'model'],
    optional: ['imei2', 'lockDate', 'lockText', 'purchaseDate', 'seller', 'details'],
  },
  'second-hand': {
    required: ['fullName', 'contact', 'imei', 'model', 'purchaseDate', 'seller'],
    optional: ['imei2', 'lender', 'lockDate', 'lockText', 'paymentCurrency', 'pricePaid', 'details'],
  },
  'dispute-lock': {
    required: ['fullName', 'contact', 'imei', 'lender', 'details'],
    optional: ['regulator', 'imei2', 'model', 'agreementNumber', 'lockDate', 'lockText', 'paymentReference', 'receiptNumbers'],
  },
  'closure-letter': {
    required: ['fullName', 'contact', 'imei', 'lender', 'paymentDate'],
    optional: ['regulator', 'imei2', 'model', 'agreementNumber', 'paymentAmount', 'paymentCurrency', 'paymentReference', 'receiptNumbers', 'details'],
  },
  'regulator-complaint': {
    required: ['fullName', 'contact', 'regulator', 'imei', 'lender', 'firstContactDate', 'details'],
    optional: ['imei2', 'model', 'agreementNumber', 'lockDate', 'lockText', 'paymentAmount', 'paymentCurrency', 'paymentReference', 'receiptNumbers'],
  },
};

/** Fields a type shows, in form order. */
export function typeFields(type: LetterType): FieldId[] {
  const used = new Set<FieldId>([...typeSpecs[type].required, ...typeSpecs[type].optional]);
  return fieldIds.filter((f) => used.has(f));
}

export function isRequired(type: LetterType, field: FieldId): boolean {
  return typeSpecs[type].required.includes(field);
}

export function isLetterType(value: unknown): value is LetterType {
  return typeof value === 'string' && (letterTypes as readonly string[]).includes(value);
}

export function isFieldId(value: unknown): value is FieldId {
  return typeof value === 'string' && (fieldIds as readonly string[]).includes(value);
}

export type LetterValues = Record<FieldId, string>;

export function emptyValues(): LetterValues {
  return Object.fromEntries(fieldIds.map((f) => [f, ''])) as LetterValues;
}

/** `{fullName}` style placeholders in a template. */
export const placeholderPattern = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((m) => m[1] as string);
}
