import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { locales, defaultLocale } from '@/lib/i18n/routing';
import { glossarySchema, type Glossary } from '../glossary';
import { listDirs, listFiles, readJson } from '../read';
import { parseWith, safeJson, type CheckContext } from './context';

function loadGlossary(ctx: CheckContext, locale: string): Glossary | undefined {
  const file = path.join(ctx.root, locale, 'glossary.json');
  if (!existsSync(file)) {
    ctx.report(file, '(file)', `translation missing: ${locale} has no glossary.json`);
    return undefined;
  }
  const data = safeJson(ctx, file, () => readJson(file));
  return data === undefined ? undefined : parseWith(ctx, file, glossarySchema, data);
}

/** Every text file of a locale: messages and MDX, recursively. */
function textFiles(dir: string): string[] {
  const files = [...listFiles(dir, '.json'), ...listFiles(dir, '.mdx')].map((f) => path.join(dir, f));
  for (const sub of listDirs(dir)) files.push(...textFiles(path.join(dir, sub)));
  return files.filter((f) => path.basename(f) !== 'glossary.json');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every locale's glossary has every English term; no content uses a word the glossary avoids. */
export function checkGlossary(ctx: CheckContext) {
  const en = loadGlossary(ctx, defaultLocale);
  for (const locale of locales) {
    const glossary = locale === defaultLocale ? en : loadGlossary(ctx, locale);
    if (!glossary) continue;
    const file = path.join(ctx.root, locale, 'glossary.json');
    for (const id of Object.keys(en?.terms ?? {})) if (!glossary.terms[id]) ctx.report(file, `terms.${id}`, 'translation missing');
    const avoided = Object.entries(glossary.terms).flatMap(([id, t]) => t.avoid.map((word) => ({ id, word, term: t.term })));
    if (!avoided.length) continue;
    for (const textFile of textFiles(path.join(ctx.root, locale))) {
      const text = readFileSync(textFile, 'utf8');
      for (const { id, word, term } of avoided) {
        // Letters only as word boundaries: \b does not work for Devanagari or Arabic.
        const re = new RegExp(`(^|[^\\p{L}\\p{M}])${escape(word)}(?![\\p{L}\\p{M}])`, 'iu');
        const m = re.exec(text);
        if (m) {
          const line = text.slice(0, m.index).split('\n').length;
          ctx.report(textFile, `line ${line}`, `uses "${word}"; the glossary word for ${id} is "${term}"`);
        }
      }
    }
  }
}
