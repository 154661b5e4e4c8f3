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
