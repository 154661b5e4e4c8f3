import path from 'node:path';
import { existsSync } from 'node:fs';
import { defaultLocale } from '@/lib/i18n/routing';
import { guideSlugs, pageSlugs } from '@/lib/pages/routes';
import { listFiles, readJson, readMdxFile, readMessages } from '@/lib/content/read';
import { lenderSchema } from '@/lib/content/lenders.schema';
import { readFlow } from '@/lib/flow/read';
import { enumerateTrails, isOutcome, resolveTrail } from '@/lib/flow/resolve';
import type { SearchDoc } from './engine';

/** Gives the documents of one kind in one locale. Adding a kind of document to search is adding one of these to `docSources`. */
export type DocSource = (root: string, locale: string) => SearchDoc[];

/** Plain words of an MDX body: components, link targets and markup removed. */
export function mdxToText(body: string): string {
  return body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An MDX file in the locale, or the English one when it has no translation yet (as the pages show it). */
function readLocalized(root: string, locale: string, dir: string, slug: string) {
  for (const l of [locale, defaultLocale]) {
    const file = path.join(root, l, dir, `${slug}.mdx`);
    if (existsSync(file)) return readMdxFile(file);
  }
  return null;
}

function mdxDocs(dir: string, slugs: readonly string[], toPath: (slug: string) => string): DocSource {
  return (root, locale) =>
    slugs.flatMap((slug) => {
      const file = readLocalized(root, locale, dir, slug);
      if (!file) return [];
      return [
        {
          id: toPath(slug),
          path: toPath(slug),
          title: String(file.data.title ?? ''),
          description: String(file.data.description ?? ''),
          text: mdxToText(file.body),
        },
      ];
    });
}

export const pageDocs: DocSource = mdxDocs('pages', pageSlugs, (slug) => `/${slug}`);
export const guideDocs: DocSource = mdxDocs('guides', guideSlugs, (slug) => `/guides/${slug}`);

/** Each troubleshooter outcome once, at the shortest answer trail that reaches it. */
export const outcomeDocs: DocSource = (root, locale) => {
  let flow: ReturnType<typeof readFlow>;
  try {
    flow = readFlow(root);
  } catch {
    return []; // content:check reports a broken flow by file and field.
  }
  const shortest = new Map<string, string[]>();
  for (const trail of enumerateTrails(flow)) {
    const node = resolveTrail(flow, trail)?.node;
    if (!node || !isOutcome(node)) continue;
    const best = shortest.get(node.id);
    if (!best || trail.length < best.length) shortest.set(node.id, trail);
  }
  return [...shortest].flatMap(([id, trail]) => {
    const file = readLocalized(root, locale, 'troubleshoot', id);
    if (!file) return [];
    const docPath = ['/troubleshoot', ...trail].join('/');
    return [{ id: docPath, path: docPath, title: String(file.data.title ?? ''), description: String(file.data.summary ?? ''), text: mdxToText(file.body) }];
  });
};

/** Each lender: found by its name and the names seen on lock screens, described by its kind and countries. */
export const lenderDocs: DocSource = (root, locale) => {
  const types = (readMessages(root, locale).lenders as { type?: Record<string, string> } | undefined)?.type ?? {};
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const dir = path.join(root, 'lenders');
  return listFiles(dir, '.json').flatMap((f) => {
    const parsed = lenderSchema.safeParse(readJson(path.join(dir, f)));
    if (!parsed.success) return []; // content:check reports it by file and field.
    const l = parsed.data;
    const countries = l.countries.map((c) => regions.of(c.toUpperCase()) ?? c).join(', ');
    return [
      {
        id: `/lenders/${l.id}`,
        path: `/lenders/${l.id}`,
        title: l.name,
        description: [types[l.type], countries].filter(Boolean).join(' · '),
        text: l.aliases.join(' '),
      },
    ];
  });
};

/** Everything search covers. */
export const docSources: DocSource[] = [pageDocs, guideDocs, outcomeDocs, lenderDocs];

export function collectDocs(root: string, locale: string, sources: DocSource[] = docSources): SearchDoc[] {
  return sources.flatMap((source) => source(root, locale));
}
