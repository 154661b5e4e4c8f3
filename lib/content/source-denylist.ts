/**
 * Hosts the portal must never cite as a source. An unlock vendor profits from
 * defeating locks, a reseller's page is not the maker's or lender's word, and
 * a test, staging or placeholder host can change or vanish at any time.
 * `content:check` rejects any source on these hosts (and their subdomains).
 */
export const deniedSourceHosts: Record<string, 'unlock-vendor' | 'reseller' | 'placeholder'> = {
  'geteasyunlock.com': 'unlock-vendor',
  'unlockunit.com': 'unlock-vendor',
  'doctorsim.com': 'unlock-vendor',
  'imei.info': 'unlock-vendor',
  'imeiunlocksim.com': 'unlock-vendor',
  'gearbest.com': 'reseller',
  'xiaomisale.com': 'reseller',
  'xiaomistore.com.ar': 'reseller',
  'mi-store.pl': 'reseller',
  'mistore-greece.gr': 'reseller',
  'example.com': 'placeholder',
  'example.org': 'placeholder',
  'example.net': 'placeholder',
  localhost: 'placeholder',
};

/** Labels that mark a test or staging copy of a site, wherever they sit in the host name. */
const placeholderLabel = /^(test|testing|uat|stg|staging|dev|sandbox|preprod|admin)$|(^|-)(uat|stg|staging)(-|$)/;

/** Why a source URL may not be cited, or undefined when it may. */
export function deniedSource(url: string): 'unlock-vendor' | 'reseller' | 'placeholder' | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    const kind = deniedSourceHosts[suffix];
    if (kind) return kind;
  }
  if (/^\d+(\.\d+){3}$/.test(host) || host.endsWith('.local') || host.endsWith('.test') || host.endsWith('.invalid')) return 'placeholder';
  if (labels.slice(0, -2).some((l) => placeholderLabel.test(l))) return 'placeholder';
  return undefined;
}
