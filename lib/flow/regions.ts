/**
 * The part of the world each country is listed under in the country question
 * (UN geoscheme continents), so a list of fifty countries stays easy to scan.
 * `content:check` fails when a country the portal offers has no region here.
 */
export const regions = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Region = (typeof regions)[number];

export const countryRegion: Record<string, Region> = {
  cd: 'africa', eg: 'africa', gh: 'africa', ke: 'africa', ma: 'africa', ng: 'africa', rw: 'africa', sl: 'africa', tz: 'africa', ug: 'africa', za: 'africa',
  ar: 'americas', br: 'americas', cl: 'americas', co: 'americas', cr: 'americas', do: 'americas', ec: 'americas', gt: 'americas', hn: 'americas', mx: 'americas', pe: 'americas', us: 'americas',
  ae: 'asia', bd: 'asia', bh: 'asia', id: 'asia', in: 'asia', kw: 'asia', lk: 'asia', my: 'asia', np: 'asia', ph: 'asia', pk: 'asia', qa: 'asia', sa: 'asia', sg: 'asia', th: 'asia', tr: 'asia', vn: 'asia',
  de: 'europe', es: 'europe', fr: 'europe', gb: 'europe', gr: 'europe', it: 'europe', pl: 'europe', pt: 'europe', ru: 'europe', ua: 'europe',
};
