import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { defaultLocale, locales } from '@/lib/i18n/routing';
import { listDirs, listFiles } from '../read';

/** Leaf keys of a JSON object: `tools.letter.title`. */
function leafKeys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

/** Everything translatable in a locale: every MDX file, and every message key and glossary term, as ids. */
function items(root: string, locale: string, dir = ''): Set<string> {
  const out = new Set<string>();
  const abs = path.join(root, locale, dir);
  for (const f of listFiles(abs, '.mdx')) out.add(`${dir}/${f}`);
  for (const f of listFiles(abs, '.json')) {
    try {
      const keys = leafKeys(JSON.parse(readFileSync(path.join(abs, f), 'utf8')));
      // A glossary counts its terms; meanings and avoided words are notes for writers.
      for (const k of f === 'glossary.json' ? keys.filter((k) => k.endsWith('.term')) : keys) out.add(`${dir}/${f}#${k}`);
    } catch {
      // content:check reports the broken file itself.
    }
  }
  for (const sub of listDirs(abs)) for (const i of items(root, locale, `${dir}/${sub}`)) out.add(i);
  return out;
}

/** Share of the English items each locale has, from 0 to 1. */
export function localeCoverage(root: string): { locale: string; have: number; total: number }[] {
  const english = items(root, defaultLocale);
  return locales.map((locale) => {
    const own = existsSync(path.join(root, locale)) ? items(root, locale) : new Set<string>();
    let have = 0;
    for (const i of english) if (own.has(i)) have++;
    return { locale, have, total: english.size };
  });
}
