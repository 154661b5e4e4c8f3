import { z } from 'zod';
import { locales } from '@/lib/i18n/routing';
import { deniedSource } from './source-denylist';

/** YYYY-MM-DD that is a real calendar date. */
export const isoDateSchema = z
  .string({ error: (iss) => (iss.input === undefined ? 'is missing' : 'must be a date written YYYY-MM-DD') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' });

const deniedWhy = { 'unlock-vendor': 'an unlock vendor', reseller: 'a reseller', placeholder: 'a test or placeholder host' } as const;

export const sourceSchema = z.strictObject({
  url: httpUrlSchema.superRefine((url, ctx) => {
    const kind = deniedSource(url);
    if (kind) ctx.addIssue({ code: 'custom', message: `cites ${new URL(url).hostname}, ${deniedWhy[kind]}: cite the maker, the lender, a regulator or a news report instead` });
  }),
  title: z.string().min(1).optional(),
});

/** Today in UTC as YYYY-MM-DD: a fact cannot have been checked after it. */
function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

/** How a fact is known. See docs/CONTENT.md. */
export const verificationLevels = ['checked', 'from-research', 'unconfirmed'] as const;
export type VerificationLevel = (typeof verificationLevels)[number];

export const verificationSchema = z.discriminatedUnion(
  'level',
  [
    /** A person opened the source on `on` and it says this. */
    z.strictObject({
      level: z.literal('checked'),
      on: isoDateSchema.refine((d) => d <= todayUtc(), 'is in the future: a fact can only be checked on a day that has come'),
    }),
    /** Copied from the research notes (../shared/research), not re-checked against the source. */
    z.strictObject({ level: z.literal('from-research') }),
    /** The source is weak or does not clearly say it; shown as not confirmed. */
    z.strictObject({ level: z.literal('unconfirmed') }),
  ],
  { error: (iss) => (iss.input === undefined ? 'is missing: say how this fact is known (checked, from-research or unconfirmed)' : 'level must be checked, from-research or unconfirmed') },
);
export type Verification = z.infer<typeof verificationSchema>;

/**
 * Every fact we publish carries where it came from and how it is known:
 * `checked` on a date, `from-research` (copied from notes), or `unconfirmed`.
 */
export const sourcedShape = {
  sources: z
    .array(sourceSchema, { error: (iss) => (iss.input === undefined ? 'is missing: every fact needs its sources' : 'must be a list of sources') })
    .min(1, 'needs at least one source'),
  verification: verificationSchema,
};
export const sourcedSchema = z.object(sourcedShape);
export type Sourced = z.infer<typeof sourcedSchema>;

export const localeSchema = z.enum(locales);

/** ISO 3166-1 alpha-2, lower case, as in our URLs. */
export const countryCodeSchema = z.string().regex(/^[a-z]{2}$/, 'must be a two-letter country code in lower case');

/** kebab-case ids, safe in a URL segment. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and dashes)');

/** Frontmatter of an article, page or guide. */
export const pageFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  updated: isoDateSchema,
  /** Where the page's claims come from; pages that make claims about locks must list them (see `content:check`). */
  sources: z.array(sourceSchema).optional(),
});
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
