/**
 * The letter generator's address with its non-personal prefill (DESIGN.md: `?type=&lender=&country=`): the one
 * place it is built. Never a name, IMEI or reference: the URL could be shared or logged.
 */
export function letterPath(prefill: { type?: string; lender?: string; country?: string } = {}): string {
  const params = new URLSearchParams();
  for (const key of ['type', 'lender', 'country'] as const) {
    const value = prefill[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/letter?${query}` : '/letter';
}
