import path from 'node:path';
import { trailPath } from '@/lib/flow/trail';
import { countryName } from '@/lib/country-names';
import { fillTemplate } from '@/lib/template';
import { existsSync } from 'node:fs';
import { defaultLocale } from '@/lib/i18n/routing';
import { guideSlugs, pageSlugs } from '@/lib/pages/routes';
import { listFiles, readJson, readMdxFile, readMessages } from '@/lib/content/read';
import { lenderSchema } from '@/lib/content/lenders.schema';
import { readFlow } from '@/lib/flow/read';
import type { Flow } from '@/lib/flow/schema';
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

/** The `search` namespace of a locale's messages (notes shown under some results). */
function searchMessages(root: string, locale: string): Record<string, unknown> {
  return (readMessages(root, locale).search as Record<string, unknown> | undefined) ?? {};
}

/**
 * Where search links an answer trail: the trail itself when it answers no
 * phone or country question, else the trail cut just before its first such
 * answer, so the page asks the reader's phone and country instead of assuming
 * them (a reader in Kenya must never land on the India answer, nor a Samsung
 * owner on the Xiaomi one). `asks` says what the link asks first.
 */
export function neutralTrail(flow: Flow, trail: readonly string[]): { trail: string[]; asks: 'phone' | 'country' | null } {
  const resolved = resolveTrail(flow, trail);
  const at = resolved ? resolved.answers.findIndex((a) => a.node.type === 'country' || a.node.type === 'brand') : -1;
  if (at === -1 || !resolved) return { trail: [...trail], asks: null };
  return { trail: trail.slice(0, at), asks: resolved.answers[at]?.node.type === 'brand' ? 'phone' : 'country' };
}

/**
 * Each troubleshooter outcome once, at the shortest country-neutral trail
 * that reaches it (derived from the graph, so a changed flow changes the links).
 */
export const outcomeDocs: DocSource = (root, locale) => {
  let flow: Flow;
  try {
    flow = readFlow(root);
  } catch {
    return []; // content:check reports a broken flow by file and field.
  }
  const best = new Map<string, ReturnType<typeof neutralTrail>>();
  for (const trail of enumerateTrails(flow)) {
    const node = resolveTrail(flow, trail)?.node;
    if (!node || !isOutcome(node)) continue;
    const link = neutralTrail(flow, trail);
    const known = best.get(node.id);
    // Shortest link first; at equal length, one that needs no answer about the phone or country.
    if (!known || link.trail.length < known.trail.length || (link.trail.length === known.trail.length && known.asks && !link.asks)) {
      best.set(node.id, link);
    }
  }
  const messages = searchMessages(root, locale);
  const notes = { country: String(messages.asksCountry ?? ''), phone: String(messages.asksPhone ?? '') };
  // A link that asks the phone leads to the notes for each maker and lock app: their words find it ("Tecno", "Knox").
  const brand = (readMessages(root, locale).troubleshoot as { brand?: { options?: object; notes?: object } } | undefined)?.brand;
  const brandWords = [...Object.values(brand?.options ?? {}), ...Object.values(brand?.notes ?? {})].filter((w) => typeof w === 'string').join(' ');
  return [...best].flatMap(([id, link]) => {
    const file = readLocalized(root, locale, 'troubleshoot', id);
    if (!file) return [];
    const docPath = trailPath(link.trail);
    return [
      {
        // Two outcomes can share the page that asks the country: the id is the outcome's.
        id: `/troubleshoot#${id}`,
        path: docPath,
        title: String(file.data.title ?? ''),
        description: String(file.data.summary ?? ''),
        text: link.asks === 'phone' ? `${mdxToText(file.body)} ${brandWords}` : mdxToText(file.body),
        ...(link.asks && notes[link.asks] ? { note: notes[link.asks] } : {}),
      },
    ];
  });
};

/**
 * Each lender: found by its name and the names seen on lock screens,
 * described by its kind and the countries it works in. A result is one lender
 * among many, never "your" lender: its note asks the reader to check the name.
 */
export const lenderDocs: DocSource = (root, locale) => {
  const messages = readMessages(root, locale);
  const lenders = messages.lenders as { type?: Record<string, string>; page?: { noCountries?: string } } | undefined;
  const types = lenders?.type ?? {};
  const search = searchMessages(root, locale);
  const worksIn = String(search.lenderCountries ?? '{countries}');
  const note = String(search.lenderNote ?? '');
  const dir = path.join(root, 'lenders');
  return listFiles(dir, '.json').flatMap((f) => {
    const parsed = lenderSchema.safeParse(readJson(path.join(dir, f)));
    if (!parsed.success) return []; // content:check reports it by file and field.
    const l = parsed.data;
    const names = l.countries.map((c) => countryName(c, locale)).join(', ');
    const countries = names ? fillTemplate(worksIn, { countries: names }) : (lenders?.page?.noCountries ?? '');
    return [
      {
        id: `/lenders/${l.id}`,
        path: `/lenders/${l.id}`,
        title: l.name,
        description: [types[l.type], countries].filter(Boolean).join(' · '),
        text: l.aliases.join(' '),
        ...(note ? { note } : {}),
      },
    ];
  });
};

/** Everything search covers. */
export const docSources: DocSource[] = [pageDocs, guideDocs, outcomeDocs, lenderDocs];

export function collectDocs(root: string, locale: string, sources: DocSource[] = docSources): SearchDoc[] {
  return sources.flatMap((source) => source(root, locale));
}
