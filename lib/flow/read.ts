import path from 'node:path';
import { trailPath } from './trail';
import { existsSync } from 'node:fs';
import { listFiles, readJson } from '@/lib/content/read';
import { flowFileSchema, flowSchema, type Flow } from './schema';
import { enumerateTrails } from './resolve';

/** Plain reading (no server-only) so the sitemap route list and `content:check` can use it too. */
export function flowFile(root: string): string {
  return path.join(root, 'flows', 'troubleshoot.json');
}

/**
 * The countries the troubleshooter offers: every country the portal has a
 * contacts, regulator or lender file for, so a new file adds its country to
 * the question without a second list to keep in step. Sorted by code; the
 * page sorts by name in the reader's language.
 */
export function flowCountries(root: string): string[] {
  const codes = new Set<string>();
  const names = (dir: string) => (existsSync(dir) ? listFiles(dir, '.json').map((f) => f.replace(/\.json$/, '')) : []);
  for (const c of names(path.join(root, 'contacts'))) if (/^[a-z]{2}$/.test(c)) codes.add(c);
  for (const c of names(path.join(root, 'regulators'))) if (/^[a-z]{2}$/.test(c)) codes.add(c);
  for (const id of names(path.join(root, 'lenders'))) {
    const data = readJson(path.join(root, 'lenders', `${id}.json`)) as { countries?: unknown };
    if (Array.isArray(data.countries)) for (const c of data.countries) if (typeof c === 'string' && /^[a-z]{2}$/.test(c)) codes.add(c);
  }
  return [...codes].sort();
}

export function readFlow(root: string): Flow {
  const file = flowFileSchema.parse(readJson(flowFile(root)));
  return flowSchema.parse({ ...file, countries: flowCountries(root) });
}

/**
 * Every troubleshooter page as a locale-less path. A flow that does not parse
 * yields only the first page: `content:check` reports the flow's own problems
 * by file and field, so this must not throw first. Trails that pass a brand
 * question by are pages too (older published links), but not listed here.
 */
export function troubleshootPaths(root: string): string[] {
  let flow: Flow;
  try {
    flow = readFlow(root);
  } catch {
    return ['/troubleshoot'];
  }
  return enumerateTrails(flow).map(trailPath);
}
