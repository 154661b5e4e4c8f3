import path from 'node:path';
import { existsSync } from 'node:fs';
import { locales } from '@/lib/i18n/routing';
import { parseFlow, validateTexts } from '@/lib/flow/validate';
import { listFiles, readJson, readMdxFile } from '../read';
import { checkMdxBody } from './core';
import { safeJson, type CheckContext } from './context';
import { flowFile } from '@/lib/flow/read';

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
  const { flow, issues } = parseFlow(data);
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
}
