import path from 'node:path';
import { existsSync } from 'node:fs';
import { formatPhone } from '@/lib/phone';
import { listFiles, readJson } from '../read';
import { countryContactsSchema, countryRegulatorsSchema, globalContactsSchema, type Contact } from '../contacts.schema';
import { parseWith, safeJson, type CheckContext } from './context';

/**
 * Every phone or WhatsApp number must parse as a valid number of its country,
 * or be a short, USSD or international toll-free (ITFS) code marked with `dial`.
 * (Hours are checked by the contact schema: only a sourced, not "unconfirmed" contact may carry them.)
 */
export function checkPhones(ctx: CheckContext, file: string, field: string, contacts: Contact[], fallbackCountry?: string) {
  contacts.forEach((c, i) => {
    if (c.kind !== 'phone' && c.kind !== 'whatsapp') return;
    const country = c.country ?? fallbackCountry;
    if (!country) {
      ctx.report(file, `${field}[${i}].country`, 'a phone number needs its country to be checked (add "country")');
      return;
    }
    if (!formatPhone(c.value, country, c.dial)) {
      const hint =
        !c.dial && /^\s*00/.test(c.value)
          ? ': it starts with an international prefix, so it has no +country form; if it is an international toll-free number, mark it "dial": "itfs"'
          : '';
      ctx.report(file, `${field}[${i}].value`, `"${c.value}" is not a valid phone number in ${country.toUpperCase()}${hint}`);
    }
  });
}

/** `content/contacts/*.json` and `content/regulators/*.json`. */
export function checkContacts(ctx: CheckContext) {
  const dir = path.join(ctx.root, 'contacts');
  for (const f of listFiles(dir, '.json')) {
    const file = path.join(dir, f);
    const data = safeJson(ctx, file, () => readJson(file));
    if (data === undefined) continue;
    if (f === 'global.json') {
      const g = parseWith(ctx, file, globalContactsSchema, data);
      if (g) checkPhones(ctx, file, 'channels', g.channels);
      continue;
    }
    const code = f.replace(/\.json$/, '');
    if (!/^[a-z]{2}$/.test(code)) {
      ctx.report(file, '(file)', 'file name must be a two-letter country code in lower case, or global.json');
      continue;
    }
    const c = parseWith(ctx, file, countryContactsSchema, data);
    if (!c) continue;
    if (c.country !== code) ctx.report(file, 'country', `must equal the file name "${code}"`);
    checkPhones(ctx, file, 'channels', c.channels, c.country);
  }
  if (!existsSync(path.join(dir, 'global.json')) && listFiles(dir, '.json').length) {
    ctx.report(path.join(dir, 'global.json'), '(file)', 'is missing: pages point to the global channels when a country has none');
  }
  const rdir = path.join(ctx.root, 'regulators');
  for (const f of listFiles(rdir, '.json')) {
    const file = path.join(rdir, f);
    const data = safeJson(ctx, file, () => readJson(file));
    if (data === undefined) continue;
    const code = f.replace(/\.json$/, '');
    const r = parseWith(ctx, file, countryRegulatorsSchema, data);
    if (!r) continue;
    if (r.country !== code) ctx.report(file, 'country', `must equal the file name "${code}"`);
    if (!existsSync(path.join(dir, f))) ctx.report(file, 'country', `has no contacts file contacts/${f}, so no page shows it`);
    r.bodies.forEach((b, i) => checkPhones(ctx, file, `bodies[${i}].channels`, b.channels, r.country));
  }
}
