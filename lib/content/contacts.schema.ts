import { z } from 'zod';
import { countryCodeSchema, httpUrlSchema, sourcedShape } from './schemas';
import { dialKinds, itfsPattern, shortCodePattern, ussdPattern } from '../phone';

/** How people reach someone. Other features rely on these kinds (see lenders contract). */
export const contactKinds = ['phone', 'whatsapp', 'email', 'chat', 'web', 'sms', 'address'] as const;
export const contactKindSchema = z.enum(contactKinds);

/** What a channel is for, when it is not general customer care. */
export const contactPurposeSchema = z.enum([
  'grievance',
  'closure-letter',
  'payment',
  'lost-stolen',
  'service-centre',
  'repair',
  'store',
  'office',
]);

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time written HH:MM (24-hour)');

/** Opening hours on some weekdays (1 = Monday … 7 = Sunday), in the wall-clock time of the country's zone. */
export const hoursSpanSchema = z
  .strictObject({
    days: z.array(z.number().int().min(1).max(7)).min(1),
    open: timeSchema,
    close: timeSchema,
  })
  .refine((s) => s.open < s.close, { message: 'must close after it opens (same day)', path: ['close'] });
export type HoursSpan = z.infer<typeof hoursSpanSchema>;

/**
 * One way to reach someone, with where we found it. Phone numbers are
 * validated for their country by `content:check` (libphonenumber-js);
 * `dial` marks numbers that have no E.164 form and are dialled as written:
 * short codes (`short`, 1930), USSD codes (`ussd`, *123#) and international
 * toll-free numbers dialled with an international prefix (`itfs`, 001 803 …).
 *
 * `hours` drive the live "open now": only a source that gives the hours may
 * set them, so a contact that is `unconfirmed` or whose fact is not on its
 * source page (`origin`) carries none.
 */
export const contactSchema = z
  .strictObject({
    kind: contactKindSchema,
    value: z.string().min(1, 'must not be empty'),
    country: countryCodeSchema.optional(),
    purpose: contactPurposeSchema.optional(),
    dial: z.enum(dialKinds).optional(),
    hours: z.array(hoursSpanSchema).min(1).optional(),
    /** Where a fact really came from when its source page does not show it: the portal's brief, or a third-party copy. */
    origin: z.enum(['brief', 'third-party']).optional(),
    ...sourcedShape,
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'web' && !httpUrlSchema.safeParse(c.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a web contact must be a full http(s) URL' });
    }
    if (c.kind === 'email' && !z.email().safeParse(c.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'is not an e-mail address' });
    }
    if (c.dial && c.kind !== 'phone') ctx.addIssue({ code: 'custom', path: ['dial'], message: 'only a phone contact can be a short, USSD or international toll-free code' });
    if (c.dial === 'short' && !shortCodePattern.test(c.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a short code must be 3 to 6 digits' });
    if (c.dial === 'ussd' && !ussdPattern.test(c.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: 'a USSD code must look like *123#' });
    if (c.dial === 'itfs' && !itfsPattern.test(c.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'an international toll-free (ITFS) number is written with its international prefix, like 001 803 …' });
    }
    if (c.origin === 'third-party' && c.kind === 'web' && c.sources.some((s) => s.url.replace(/\/$/, '') === c.value.replace(/\/$/, ''))) {
      ctx.addIssue({
        code: 'custom',
        path: ['origin'],
        message: 'a web page cited as its own source is not "seen only in copies on other websites": remove "origin" (keep "unconfirmed" if nobody opened it)',
      });
    }
    if (c.hours && (c.verification.level === 'unconfirmed' || c.origin)) {
      ctx.addIssue({
        code: 'custom',
        path: ['hours'],
        message: c.origin
          ? `hours need a source that gives them: this contact's facts are not on its source page (origin "${c.origin}"), so remove "hours" (no "open now" is shown without them)`
          : 'hours need a source that gives them: this contact is "unconfirmed", so remove "hours" (no "open now" is shown without them)',
      });
    }
    if (c.origin && c.verification.level !== 'unconfirmed') ctx.addIssue({ code: 'custom', path: ['verification', 'level'], message: 'a fact not shown on its source page must be "unconfirmed"' });
  });
export type Contact = z.infer<typeof contactSchema>;

export const regions = [
  'south-asia',
  'southeast-asia',
  'east-asia',
  'middle-east-north-africa',
  'sub-saharan-africa',
  'europe',
  'americas',
] as const;

const timeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.includes('/');
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Asia/Kolkata');

/** `content/contacts/{country}.json`: the phone maker's channels in one country. */
export const countryContactsSchema = z.strictObject({
  country: countryCodeSchema,
  region: z.enum(regions),
  /** The zone the hours are written in (the capital's zone where a country has several). */
  timeZone: timeZoneSchema,
  channels: z.array(contactSchema),
});
export type CountryContacts = z.infer<typeof countryContactsSchema>;

/** `content/contacts/global.json`: channels for every country. */
export const globalContactsSchema = z.strictObject({ channels: z.array(contactSchema).min(1) });

/**
 * Whom or what a complaint body deals with, as its own pages (or its rules) say.
 * `licensed-credit-providers`: lenders the body licenses (e.g. Kenya's digital /
 * non-deposit-taking credit providers); `unlicensed-lenders`: reports about lenders
 * operating without a licence; `consumer-credit-companies`: finance companies that
 * lend to consumers; `sellers`: shops and other suppliers of goods and services
 * (including what they sell on instalments themselves); `debt-collection`: how
 * a debt is collected; `unfair-trade-practices`: misleading claims, unconscionable
 * conduct, unsafe or defective goods; `telecom-services`: licensed phone and
 * internet operators; `device-blocking`: phones blocked or switched off by IMEI
 * (a stolen-phone list, or a national register of legal phones).
 */
export const regulatorScopes = [
  'banks',
  'finance-companies',
  'consumer-credit-companies',
  'microcredit',
  'financial-institutions',
  'licensed-credit-providers',
  'unlicensed-lenders',
  'debt-collection',
  'sellers',
  'unfair-trade-practices',
  'telecom-services',
  'device-blocking',
] as const;
export type RegulatorScope = (typeof regulatorScopes)[number];

/** `content/regulators/{country}.json`: where to complain when the company does not help. */
export const regulatorBodySchema = z.strictObject({
  name: z.string().min(1),
  type: z.enum(['ombudsman', 'consumer', 'regulator', 'central-bank', 'telecom', 'reporting', 'police']),
  channels: z.array(contactSchema).min(1),
  /** What the body covers (and, where its source says so, leaves out), with where that is stated. */
  scope: z
    .strictObject({
      covers: z.array(z.enum(regulatorScopes)).min(1),
      excludes: z.array(z.enum(regulatorScopes)).min(1).optional(),
      ...sourcedShape,
    })
    .optional(),
  ...sourcedShape,
});
export const countryRegulatorsSchema = z.strictObject({
  country: countryCodeSchema,
  bodies: z.array(regulatorBodySchema).min(1),
});
export type RegulatorBody = z.infer<typeof regulatorBodySchema>;
export type CountryRegulators = z.infer<typeof countryRegulatorsSchema>;
