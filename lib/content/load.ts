import 'server-only';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { cache } from 'react';
import type { z } from 'zod';
import { defaultLocale } from '@/lib/i18n/routing';
import { contentDir } from './paths';
import { listFiles, readMdxFile } from './read';

export type LoadedMdx<T> = {
  frontmatter: T;
  body: string;
  /** The locale the text is really in: the default locale when this locale has no translation yet. */
  locale: string;
  fallback: boolean;
};

/**
 * Reads `content/{locale}/{dir}/{slug}.mdx`, falling back to English (and
 * saying so) when the locale has no translation. Frontmatter is parsed with
 * the given schema; `content:check` has already proved it valid.
 */
export const loadMdx = cache(<T,>(locale: string, dir: string, slug: string, schema: z.ZodType<T>): LoadedMdx<T> | null => {
  for (const l of locale === defaultLocale ? [locale] : [locale, defaultLocale]) {
    const file = path.join(contentDir(), l, dir, `${slug}.mdx`);
    if (!existsSync(file)) continue;
    const { data, body } = readMdxFile(file);
    return { frontmatter: schema.parse(data), body, locale: l, fallback: l !== locale };
  }
  return null;
});

/** Slugs of `content/{defaultLocale}/{dir}/*.mdx`: English is the complete set. */
export const listMdxSlugs = cache((dir: string): string[] =>
  listFiles(path.join(contentDir(), defaultLocale, dir), '.mdx').map((f) => f.replace(/\.mdx$/, '')),
);
