import { z } from 'zod';
import { countryCodeSchema, httpUrlSchema, slugSchema, sourcedShape } from './schemas';
import { contactSchema } from './contacts.schema';

const yearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/, 'must be written YYYY-MM or YYYY-MM-DD');

export const lenderTypes = ['lender', 'bnpl', 'carrier', 'retailer', 'lock-technology'] as const;
export const paymentKinds = ['app', 'web', 'auto-debit', 'payment-link', 'bank-transfer', 'cash-agent', 'mobile-money', 'wallet', 'ussd', 'card', 'branch', 'prepaid-balance'] as const;
export const remoteWipeValues = ['yes', 'no', 'unknown'] as const;
export const escalationActions = ['device-locked', 'calls-barred', 'imei-blocked', 'credit-bureau', 'account-frozen', 'late-fee', 'unlocks-when-paid', 'sim-suspended'] as const;

/**
 * `content/lenders/{id}.json`. Top-level `sources`/`verified` back the
 * identity facts (name, aliases, countries, type); every other fact carries
 * its own. Words are not stored here: kinds and enums are translated in the
 * `lenders` message namespace, so one file serves every locale.
 */
export const lenderSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(1),
  /** Names and logo text people see on lock screens, apps and receipts. */
  aliases: z.array(z.string().min(1)),
  countries: z.array(countryCodeSchema),
  type: z.enum(lenderTypes),
  ...sourcedShape,
  status: z.strictObject({
    state: z.enum(['active', 'closed']),
    since: yearMonthSchema.optional(),
    /** Where existing loans went after a closure. */
    loansWentTo: z.enum(['partner-lenders']).optional(),
    /** Date a court banned this lender's phone locks. */
    lockBanned: yearMonthSchema.optional(),
    /** Date the lender appealed that ban, or said it would (the source decides which; the ban is then not final). */
    lockBanAppealed: yearMonthSchema.optional(),
    ...sourcedShape,
  }),
  website: z.strictObject({ url: httpUrlSchema, ...sourcedShape }).optional(),
  app: z.strictObject({ name: z.string().min(1), ...sourcedShape }).optional(),
  locksDevice: z.strictObject({ value: z.enum(['yes', 'no', 'network', 'unknown']), ...sourcedShape }),
  /**
   * Whether the lender (or this lock software) can reset or wipe the phone from a distance, deleting its data.
   * Set only where a source says so; a lender without it is shown as "we do not know, ask them in writing".
   */
  remoteWipe: z.strictObject({ value: z.enum(remoteWipeValues), ...sourcedShape }).optional(),
  contacts: z.array(contactSchema),
  payment: z
    .array(z.strictObject({ kind: z.enum(paymentKinds), names: z.array(z.string().min(1)).optional(), ...sourcedShape }))
    .optional(),
  /** How long a payment can take to show on the account. */
  postingWindow: z
    .strictObject({ amount: z.number().int().positive(), unit: z.enum(['hours', 'working-days']), ...sourcedShape })
    .optional(),
  /** What happens when a payment is missed; `day` counts from the due date where the source gives it. */
  escalation: z
    .array(z.strictObject({ day: z.number().int().positive().optional(), action: z.enum(escalationActions), ...sourcedShape }))
    .optional(),
  /** The letter or certificate that proves a loan is fully paid. */
  closureLetter: z
    .strictObject({
      name: z.string().min(1).optional(),
      contact: z.string().min(1).optional(),
      days: z.number().int().positive().optional(),
      appRemoval: z.boolean().optional(),
      releasedWhenPaid: z.boolean().optional(),
      ...sourcedShape,
    })
    .optional(),
});
export type Lender = z.infer<typeof lenderSchema>;
