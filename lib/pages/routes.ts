/**
 * Guides other features link to: these slugs are part of the route contract,
 * so they are fixed here and `content:check` proves each has its MDX file.
 */
export const guideSlugs = [
  'how-the-lock-works',
  'which-lock-is-it',
  'find-your-imei',
  'after-you-pay',
  'protect-your-data',
  'fully-paid',
  'your-rights',
] as const;
export type GuideSlug = (typeof guideSlugs)[number];

/** Stand-alone pages in `content/{locale}/pages/`, each served at `/{slug}`. */
export const pageSlugs = ['avoid', 'second-hand'] as const;

/** The paths this feature serves, locale-less, for the sitemap and the link checker. */
export function pagesSitePaths(): string[] {
  return [...pageSlugs.map((s) => `/${s}`), '/guides', ...guideSlugs.map((s) => `/guides/${s}`), '/search'];
}
