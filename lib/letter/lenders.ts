import path from 'node:path';
import { listFiles, readJson } from '@/lib/content/read';

/** What the letter form needs to know about a lender: a name to offer, where it works, and an email if it has one. */
/** `type`: the lender's kind (lender, bnpl, carrier, retailer…), for the complaint body that fits it. */
export type LenderOption = { id: string; name: string; countries: string[]; type?: string; email?: string };

const emailPattern = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

function pick(data: unknown, fallbackId: string): LenderOption | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  const id = typeof d.id === 'string' && d.id ? d.id : fallbackId;
  const name = typeof d.name === 'string' ? d.name.trim() : '';
  if (!name) return null;
  const countries = Array.isArray(d.countries)
    ? d.countries.filter((c): c is string => typeof c === 'string' && /^[A-Za-z]{2}$/.test(c)).map((c) => c.toLowerCase())
    : [];
  const contact = Array.isArray(d.contacts)
    ? d.contacts.find((c): c is { kind: string; value: string } => !!c && typeof c === 'object' && c.kind === 'email' && typeof c.value === 'string')
    : undefined;
  const email = contact && emailPattern.test(contact.value.trim()) ? contact.value.trim() : undefined;
  const type = typeof d.type === 'string' ? d.type : undefined;
  return { id, name, countries, ...(type ? { type } : {}), ...(email ? { email } : {}) };
}

/**
 * Reads `content/lenders/*.json` tolerantly: the lender pages own that data
 * and its schema, so a file we cannot use is skipped here, not reported.
 */
export function readLenderOptions(contentRoot: string): LenderOption[] {
  const dir = path.join(contentRoot, 'lenders');
  const out: LenderOption[] = [];
  for (const file of listFiles(dir, '.json')) {
    let data: unknown;
    try {
      data = readJson(path.join(dir, file));
    } catch {
      continue;
    }
    const option = pick(data, file.replace(/\.json$/, ''));
    if (option) out.push(option);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
