import { z } from 'zod';
import { locales } from '@/lib/i18n/routing';

/** YYYY-MM-DD that is a real calendar date. */
export const isoDateSchema = z
  .string({ error: (iss) => (iss.input === undefined ? 'is missing' : 'must be a date written YYYY-MM-DD') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' });

export const sourceSchema = z.strictObject({
  url: httpUrlSchema,
  title: z.string().min(1).optional(),
});

/**
 * Every fact we publish carries where it came from and when we last checked it.
 * `unverified: true` marks a fact from a weak or secondary source: it is shown
 * as "not yet confirmed", never as official.
 */
export const sourcedShape = {
  sources: z
    .array(sourceSchema, { error: (iss) => (iss.input === undefined ? 'is missing: every fact needs its sources' : 'must be a list of sources') })
    .min(1, 'needs at least one source'),
  verified: isoDateSchema,
  unverified: z.boolean().optional(),
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
