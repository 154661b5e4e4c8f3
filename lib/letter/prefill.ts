import { isLocale, type Locale } from '@/lib/i18n/routing';
import { isLetterType, type LetterType } from './fields';

/** The only query parameters the letter page reads. Personal fields are never among them. */
export const prefillParams = ['type', 'lender', 'country', 'lang'] as const;
export type PrefillParam = (typeof prefillParams)[number];

export type Prefill = {
  type?: LetterType;
  lenderId?: string;
  country?: string;
  lang?: Locale;
  /** Values given in the link that we do not know, to show in a notice. */
  ignored: { param: PrefillParam; value: string }[];
};

/** Checks a support team's link (`?type=&lender=&country=&lang=`) against the data the page was built with. */
export function parsePrefill(search: string, known: { lenderIds: readonly string[]; countries: readonly string[] }): Prefill {
  const params = new URLSearchParams(search);
  const out: Prefill = { ignored: [] };
  for (const param of prefillParams) {
    const raw = params.get(param);
    if (raw === null || raw.trim() === '') continue;
    const value = raw.trim();
    const lower = value.toLowerCase();
    if (param === 'type' && isLetterType(lower)) out.type = lower;
    else if (param === 'lender' && known.lenderIds.includes(lower)) out.lenderId = lower;
    else if (param === 'country' && known.countries.includes(lower)) out.country = lower;
    else if (param === 'lang' && isLocale(lower)) out.lang = lower;
    // Shown back to the person, so keep it short; React renders it as text.
    else out.ignored.push({ param, value: value.slice(0, 60) });
  }
  return out;
}
