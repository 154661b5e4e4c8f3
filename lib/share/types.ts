/** Shared by the server (which lists destinations) and the link builder (which composes URLs). */

export const destinationGroups = ['troubleshoot', 'lenders', 'contacts', 'letter', 'guides'] as const;
export type DestinationGroup = (typeof destinationGroups)[number];

/** Stands for the country answer in a troubleshooter trail; the builder puts the chosen country there. */
export const countrySlot = '{country}';

export type Destination = {
  id: string;
  /** Locale-less path; may contain `countrySlot` (troubleshooter) or a query (letter). */
  path: string;
  titles: Record<string, string>;
  outcome?: boolean;
};

/** A destination's path for one country: the slot filled, or "other" when none is chosen. */
export function fillCountry(path: string, country: string | undefined): string {
  return path.replace(countrySlot, country || 'other');
}

/** What the support team chose in the link builder; empty strings are "not chosen". */
export type LinkChoice = { group: DestinationGroup; dest: Destination; country: string; lender: string; letterLang: string; lang: string };

/**
 * The address of a shared link on `origin` (the page's own: a link copied from a deployed portal points at that
 * portal). Only page ids, a country, a lender id and languages: nothing personal can be chosen.
 */
export function sharedLinkUrl(choice: LinkChoice, origin: string): string {
  let path = fillCountry(choice.dest.path, choice.country);
  if (choice.group === 'letter') {
    const extra = new URLSearchParams();
    if (choice.lender) extra.set('lender', choice.lender);
    if (choice.country) extra.set('country', choice.country);
    if (choice.letterLang) extra.set('lang', choice.letterLang);
    if (extra.size) path += `${path.includes('?') ? '&' : '?'}${extra.toString()}`;
  }
  const [pathname, query] = path.split('?');
  return new URL(`/${choice.lang}${pathname === '/' ? '' : pathname}${query ? `?${query}` : ''}`, origin).href;
}
