/** A country's name in the page's language, from the browser/Node ICU data (no word lists to maintain). */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

/** Localized "24 November 2026" for a YYYY-MM-DD or YYYY-MM date. */
export function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', ...(d ? { day: 'numeric' } : {}), timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d ?? 1)),
  );
}
