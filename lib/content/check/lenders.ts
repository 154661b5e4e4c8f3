import path from 'node:path';
import { existsSync } from 'node:fs';
import { listFiles, readJson } from '../read';
import { lenderSchema } from '../lenders.schema';
import { parseWith, safeJson, type CheckContext } from './context';
import { checkPhones } from './contacts';

/** `content/lenders/*.json`: schema, id = file name, phone numbers, and a contacts page for every country. */
export function checkLenders(ctx: CheckContext) {
  const dir = path.join(ctx.root, 'lenders');
  const seenNames = new Map<string, string>();
  for (const f of listFiles(dir, '.json')) {
    const file = path.join(dir, f);
    const data = safeJson(ctx, file, () => readJson(file));
    if (data === undefined) continue;
    const lender = parseWith(ctx, file, lenderSchema, data);
    if (!lender) continue;
    const id = f.replace(/\.json$/, '');
    if (lender.id !== id) ctx.report(file, 'id', `must equal the file name "${id}"`);
    lender.countries.forEach((c, i) => {
      if (!existsSync(path.join(ctx.root, 'contacts', `${c}.json`))) {
        ctx.report(file, `countries[${i}]`, `"${c}" has no contacts file contacts/${c}.json, so the lender page would link to a missing page`);
      }
    });
    checkPhones(ctx, file, 'contacts', lender.contacts, lender.countries.length === 1 ? lender.countries[0] : undefined);
    lender.contacts.forEach((c, i) => {
      if (c.country && !lender.countries.includes(c.country)) ctx.report(file, `contacts[${i}].country`, `"${c.country}" is not one of the lender's countries`);
    });
    if (seenNames.has(lender.name.toLowerCase())) ctx.report(file, 'name', `is also the name of ${seenNames.get(lender.name.toLowerCase())}`);
    seenNames.set(lender.name.toLowerCase(), id);
  }
}
