import path from 'node:path';
import { existsSync } from 'node:fs';
import { locales } from '@/lib/i18n/routing';
import { parseFlow, validateTexts } from '@/lib/flow/validate';
import { listFiles, readJson, readMdxFile, readMessages } from '../read';
import { checkMdxBody } from './core';
import { safeJson, type CheckContext } from './context';
import { flowCountries, flowFile } from '@/lib/flow/read';
import { brandsReaching } from '@/lib/flow/resolve';
import { countryRegion } from '@/lib/flow/regions';
import type { Flow } from '@/lib/flow/schema';

/**
 * The troubleshooter: the graph in `flows/troubleshoot.json` (edges, reachability,
 * no cycles, option ids) and its words in `{locale}/troubleshoot/{nodeId}.mdx`.
 */
export async function checkFlow(ctx: CheckContext) {
  const file = flowFile(ctx.root);
  if (!existsSync(file)) {
    ctx.report(file, '(file)', 'is missing: the troubleshooter needs its graph');
    return;
  }
  const data = safeJson(ctx, file, () => readJson(file));
  if (data === undefined) return;
  const { flow, issues } = parseFlow(data, flowCountries(ctx.root));
  for (const i of issues) ctx.report(file, i.field, i.message);
  if (!flow) return;

  const mdxFile = (locale: string, id: string) => path.join(ctx.root, locale, 'troubleshoot', `${id}.mdx`);
  const bodies = new Map<string, string>();
  const frontmatter = (locale: string, id: string): unknown => {
    const f = mdxFile(locale, id);
    if (!existsSync(f)) return undefined;
    try {
      const parsed = readMdxFile(f);
      bodies.set(f, parsed.body);
      return parsed.data;
    } catch (e) {
      ctx.report(f, 'frontmatter', `cannot be read: ${(e as Error).message}`);
      return null;
    }
  };
  for (const i of validateTexts(flow, locales, frontmatter)) ctx.report(mdxFile(i.locale ?? '', i.node ?? ''), i.field, i.message);

  const textNodes = new Set(flow.nodes.filter((n) => n.type !== 'country').map((n) => n.id));
  for (const locale of locales) {
    for (const f of listFiles(path.join(ctx.root, locale, 'troubleshoot'), '.mdx')) {
      const id = f.replace(/\.mdx$/, '');
      if (!textNodes.has(id)) ctx.report(mdxFile(locale, id), '(file)', `"${id}" is not a question or outcome in flows/troubleshoot.json`);
    }
  }
  for (const [f, body] of bodies) await checkMdxBody(ctx, f, body);

  flow.countries.forEach((c) => {
    if (!countryRegion[c]) ctx.report(file, 'countries', `"${c}" has no region in lib/flow/regions.ts, so the country question cannot list it`);
    if (!existsSync(path.join(ctx.root, 'contacts', `${c}.json`))) ctx.report(file, 'countries', `"${c}" is offered but has no contacts/${c}.json for the outcome's contacts link`);
  });
  checkBrandWords(ctx, flow);
}

/** The brand ids whose names a text mentions. */
export function brandsNamed(flow: Flow, text: string, locale: string): string[] {
  return flow.brands
    .filter((b) =>
      b.names.some((name) => {
        // "vivo" is an everyday word in Spanish and Portuguese, so only its other names count there.
        if (name.toLowerCase() === 'vivo' && (locale === 'es' || locale === 'pt')) return false;
        return new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);
      }),
    )
    .map((b) => b.id);
}

/**
 * An outcome reached on a trail where the person said which phone or lock app
 * it is must not name another: an OPPO owner is never told to call Xiaomi.
 * Outcomes reached with no brand answer may name one (a Mi Account lock is
 * Xiaomi's). Each brand's note in the messages may name only its own brand.
 */
function checkBrandWords(ctx: CheckContext, flow: Flow) {
  const reach = brandsReaching(flow);
  for (const node of flow.nodes) {
    if (node.type !== 'outcome') continue;
    const answered = [...(reach.get(node.id) ?? [])].filter((b) => b !== 'none');
    if (answered.length === 0) continue;
    for (const locale of locales) {
      const f = path.join(ctx.root, locale, 'troubleshoot', `${node.id}.mdx`);
      if (!existsSync(f)) continue;
      let text: string;
      try {
        const parsed = readMdxFile(f);
        text = `${JSON.stringify(parsed.data)}\n${parsed.body}`;
      } catch {
        continue; // reported above
      }
      for (const named of brandsNamed(flow, text, locale)) {
        const others = answered.filter((b) => b !== named);
        if (others.length) ctx.report(f, '(body)', `names ${named}, but this outcome is also reached after answering ${others.join(', ')}: keep it brand-neutral and put brand words in troubleshoot.brand.notes`);
      }
    }
  }
  for (const locale of locales) {
    let messages: { troubleshoot?: { brand?: { notes?: Record<string, string> } } };
    try {
      messages = readMessages(ctx.root, locale) as typeof messages;
    } catch {
      continue; // a message file that is not JSON is reported, with its name, by the messages check
    }
    const notes = messages.troubleshoot?.brand?.notes ?? {};
    for (const b of flow.brands) {
      const note = notes[b.id];
      const mf = path.join(ctx.root, locale, 'messages', 'troubleshoot.json');
      if (!note) {
        ctx.report(mf, `brand.notes.${b.id}`, `missing: outcomes reached after answering ${b.id} show this note`);
        continue;
      }
      const wrong = brandsNamed(flow, note, locale).filter((n) => n !== b.id);
      if (wrong.length) ctx.report(mf, `brand.notes.${b.id}`, `names ${wrong.join(', ')}, not the brand this note is for`);
    }
  }
}
