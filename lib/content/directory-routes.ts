import path from 'node:path';
import { listFiles } from './read';

/** Plain fs helpers (no `server-only`) so `sitePaths` and `content:check` can use them in Node. */

/** Country codes that have a contacts file (`global.json` holds the channels for everyone). */
export function contactCountryCodes(root: string): string[] {
  return listFiles(path.join(root, 'contacts'), '.json')
    .map((f) => f.replace(/\.json$/, ''))
    .filter((c) => /^[a-z]{2}$/.test(c));
}

export function lenderIds(root: string): string[] {
  return listFiles(path.join(root, 'lenders'), '.json').map((f) => f.replace(/\.json$/, ''));
}

/** Locale-less paths of the lender and contacts pages, for `sitePaths`. */
export function directoryPaths(root: string): string[] {
  return [
    '/lenders',
    ...lenderIds(root).map((id) => `/lenders/${id}`),
    '/contacts',
    ...contactCountryCodes(root).map((c) => `/contacts/${c}`),
  ];
}
