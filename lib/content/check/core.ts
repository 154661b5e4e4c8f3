import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { locales, defaultLocale } from '@/lib/i18n/routing';
import { mdxComponentNames } from '@/lib/content/mdx-names';
import { pageFrontmatterSchema } from '../schemas';
import { listDirs, listFiles, readJson, readMdxFile, type Messages } from '../read';
import { sitePaths } from '../routes';
import { parseWith, safeJson, type CheckContext } from './context';

/** Every folder in content/ is a shipped locale or a language-neutral data folder. */
export const dataDirs = ['flows', 'lenders', 'contacts', 'regulators'];

export function checkLocaleDirs(ctx: CheckContext) {
  for (const dir of listDirs(ctx.root)) {
    if (dataDirs.includes(dir) || (locales as readonly string[]).includes(dir)) continue;
    ctx.report(dir, 'locale', `"${dir}" is not a shipped locale (${locales.join(', ')}) nor a data folder (${dataDirs.join(', ')})`);
  }
  for (const locale of locales) {
    if (!listDirs(ctx.root).includes(locale)) ctx.report(locale, 'locale', `shipped locale "${locale}" has no content folder`);
  }
}

function flatten(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) for (const [fk, fv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(fk, fv);
  } else out.set(prefix, obj);
  return out;
}

/** ICU arguments used in a message: `{name}`, `{count, plural, …}`. */
function icuArgs(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1] as string).sort();
}

/** Every locale has every English message key, as a non-empty string with the same ICU arguments. */
export function checkMessages(ctx: CheckContext) {
  const read = (locale: string) => {
    const dir = path.join(ctx.root, locale, 'messages');
    const out: Record<string, Messages> = {};
    for (const f of listFiles(dir, '.json')) {
      const data = safeJson(ctx, path.join(dir, f), () => readJson(path.join(dir, f)));
      if (data !== undefined) out[f] = data as Messages;
    }
    return out;
  };
  const base = read(defaultLocale);
  for (const locale of locales) {
    const files = locale === defaultLocale ? base : read(locale);
    for (const [file, enData] of Object.entries(base)) {
      const target = path.join(ctx.root, locale, 'messages', file);
      const data = files[file];
      if (!data) {
        ctx.report(target, '(file)', `translation missing: ${locale} has no messages/${file}`);
        continue;
      }
      const have = flatten(data);
      for (const [key, enValue] of flatten(enData)) {
        const value = have.get(key);
        if (typeof value !== 'string' || value.trim() === '') {
          ctx.report(target, key, value === undefined ? 'translation missing' : 'must be a non-empty string');
        } else if (typeof enValue === 'string' && icuArgs(value).join() !== icuArgs(enValue).join()) {
          ctx.report(target, key, `uses placeholders {${icuArgs(value).join('}, {')}} but English uses {${icuArgs(enValue).join('}, {')}}`);
        }
      }
      for (const key of have.keys()) if (!flatten(enData).has(key)) ctx.report(target, key, 'is not an English message key (typo or leftover?)');
    }
  }
}

const knownPaths = new Map<string, Set<string>>();
function pathsFor(root: string): Set<string> {
  let set = knownPaths.get(root);
  if (!set) knownPaths.set(root, (set = new Set(sitePaths(root))));
  return set;
}

/** Checks an MDX body: it compiles, uses only known components, and internal links point at real pages. */
export async function checkMdxBody(ctx: CheckContext, file: string, body: string) {
  try {
    await compile(body, { development: false });
  } catch (e) {
    const err = e as { line?: number; reason?: string; message: string };
    ctx.report(file, 'body', `is not valid MDX${err.line ? ` (line ${err.line})` : ''}: ${err.reason ?? err.message}`);
    return;
  }
  for (const m of body.matchAll(/<([A-Z][A-Za-z0-9]*)/g)) {
    const name = m[1] as string;
    if (!(mdxComponentNames as readonly string[]).includes(name)) {
      ctx.report(file, 'body', `uses unknown component <${name}> (known: ${mdxComponentNames.join(', ')})`);
    }
  }
  const known = pathsFor(ctx.root);
  for (const m of body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
    const href = (m[1] ?? m[2] ?? '').split(/[?#]/)[0] as string;
    const target = href.length > 1 ? href.replace(/\/$/, '') : href;
    if (!known.has(target)) ctx.report(file, 'body', `broken internal link "${href}": no page has that path`);
  }
}

/** `content/{locale}/{pages,guides}/*.mdx`: frontmatter, body, and the same set of files in every locale. */
export async function checkArticles(ctx: CheckContext) {
  for (const dir of ['pages', 'guides']) {
    const slugs = listFiles(path.join(ctx.root, defaultLocale, dir), '.mdx');
    for (const locale of locales) {
      const files = listFiles(path.join(ctx.root, locale, dir), '.mdx');
      for (const slug of slugs) if (!files.includes(slug)) ctx.report(path.join(ctx.root, locale, dir, slug), '(file)', `translation missing: ${locale} has no ${dir}/${slug}`);
      for (const f of files) {
        const file = path.join(ctx.root, locale, dir, f);
        if (!slugs.includes(f)) ctx.report(file, '(file)', `has no English original ${defaultLocale}/${dir}/${f}`);
        let parsed: ReturnType<typeof readMdxFile>;
        try {
          parsed = readMdxFile(file);
        } catch (e) {
          ctx.report(file, 'frontmatter', `cannot be read: ${(e as Error).message}`);
          continue;
        }
        parseWith(ctx, file, pageFrontmatterSchema, parsed.data, 'frontmatter');
        await checkMdxBody(ctx, file, parsed.body);
      }
    }
  }
}
