import { z } from 'zod';
import { countryCodeSchema, isoDateSchema, slugSchema, sourceSchema } from '@/lib/content/schemas';
import { letterTypes } from '@/lib/letter/fields';
import { guideSlugs } from '@/lib/pages/routes';

/** Option ids are URL segments: short, lower case, kebab-case. */
export const optionIdSchema = slugSchema;

/**
 * A link from an outcome into one of the portal's tools. Written as data, not
 * as an MDX link, so the right prefill (letter type, country) is built in one
 * place and the text stays free of URLs.
 */
export const toolLinkSchema = z.discriminatedUnion('tool', [
  z.strictObject({ tool: z.literal('lenders') }),
  z.strictObject({ tool: z.literal('contacts') }),
  z.strictObject({ tool: z.literal('letter'), type: z.enum(letterTypes) }),
  z.strictObject({ tool: z.literal('guide'), slug: z.enum(guideSlugs) }),
  z.strictObject({ tool: z.literal('avoid') }),
  z.strictObject({ tool: z.literal('second-hand') }),
]);
export type ToolLink = z.infer<typeof toolLinkSchema>;

const questionSchema = z.strictObject({
  id: slugSchema,
  type: z.literal('question'),
  options: z.array(z.strictObject({ id: optionIdSchema, next: slugSchema })).min(2, 'a question needs at least two options'),
});

/** "Which country are you in?": options are the portal's countries plus "other"; every answer leads to `next`. */
const countrySchema = z.strictObject({
  id: slugSchema,
  type: z.literal('country'),
  next: slugSchema,
});

/**
 * "Which phone or lock app is it?": options are the flow's brands plus
 * "not sure"; every answer leads to `next`, and the brand answered is part of
 * the trail's context (outcomes add that brand's note). It was added in front
 * of a country question that already had published links, so a segment that
 * is not a brand answer belongs to `next`: those older trails still resolve,
 * with no brand.
 */
const brandSchema = z.strictObject({
  id: slugSchema,
  type: z.literal('brand'),
  next: slugSchema,
});

const outcomeSchema = z.strictObject({
  id: slugSchema,
  type: z.literal('outcome'),
  /** The first tool is the main next step. */
  tools: z.array(toolLinkSchema).min(1, 'an outcome needs at least one next step into a tool'),
  /** A financing lock: show what still works on a locked phone. */
  lockedPhone: z.boolean(),
  /** Where the facts stated in this outcome's text come from. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  /** When the outcome text was last revised. */
  updated: isoDateSchema,
});

export const flowNodeSchema = z.discriminatedUnion('type', [questionSchema, countrySchema, brandSchema, outcomeSchema]);
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type QuestionNode = z.infer<typeof questionSchema>;
export type CountryNode = z.infer<typeof countrySchema>;
export type BrandNode = z.infer<typeof brandSchema>;
/** A node that asks something: its answers are trail segments. */
export type AskingNode = QuestionNode | CountryNode | BrandNode;
export type OutcomeNode = z.infer<typeof outcomeSchema>;

/** The option id a country question offers for "a country not listed". */
export const otherCountry = 'other';

/** The option id a brand question offers for "another phone, or not sure". */
export const unknownBrand = 'not-sure';

/**
 * A phone maker or lock app a brand question offers. `names` are the words
 * that identify it in text (brand, sub-brands, lock products): `content:check`
 * fails when an outcome reached with one brand names another's.
 */
export const brandEntrySchema = z.strictObject({
  id: slugSchema.refine((b) => b !== unknownBrand, `"${unknownBrand}" is reserved`),
  names: z.array(z.string().min(2)).min(1),
});
export type Brand = z.infer<typeof brandEntrySchema>;

/** `content/flows/troubleshoot.json`. The countries are not listed there: see `readFlow`. */
export const flowFileSchema = z.strictObject({
  start: slugSchema,
  brands: z.array(brandEntrySchema).min(1),
  nodes: z.array(flowNodeSchema).min(1),
});

export const flowSchema = flowFileSchema.extend({
  /** Countries the country questions offer, ISO 3166-1 alpha-2 lower case. */
  countries: z.array(countryCodeSchema.refine((c) => c !== otherCountry, `"${otherCountry}" is reserved`)).min(1),
});
export type Flow = z.infer<typeof flowSchema>;

/** Frontmatter of `content/{locale}/troubleshoot/{nodeId}.mdx` for a question; the body is a short hint. */
export const questionTextSchema = z.strictObject({
  question: z.string().min(1),
  /** Option id → label. */
  options: z.record(z.string(), z.string().min(1)),
});
export type QuestionText = z.infer<typeof questionTextSchema>;

/** Frontmatter of an outcome; the body holds the numbered steps. */
export const outcomeTextSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
});
export type OutcomeText = z.infer<typeof outcomeTextSchema>;
