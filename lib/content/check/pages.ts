import { existsSync } from 'node:fs';
import path from 'node:path';
import { locales } from '@/lib/i18n/routing';
import { guideSlugs, pageSlugs } from '@/lib/pages/routes';
import { readMdxFile } from '../read';
import type { CheckContext } from './context';

/**
 * The avoid, second-hand and guide pages make claims about locks, so each
 * must exist in every locale and list its sources. (Frontmatter shape and
 * links are checked by `checkArticles`.)
 */
export function checkPages(ctx: CheckContext) {
  const files: [string, string][] = [...pageSlugs.map((s): [string, string] => ['pages', s]), ...guideSlugs.map((s): [string, string] => ['guides', s])];
  for (const locale of locales) {
    for (const [dir, slug] of files) {
      const file = path.join(ctx.root, locale, dir, `${slug}.mdx`);
      if (!existsSync(file)) {
        ctx.report(file, '(file)', `is missing: every locale needs ${dir}/${slug}.mdx`);
        continue;
      }
      let data: Record<string, unknown>;
      try {
        data = readMdxFile(file).data;
      } catch {
        continue; // checkArticles reports unreadable frontmatter.
      }
      if (!Array.isArray(data.sources) || data.sources.length === 0) {
        ctx.report(file, 'frontmatter.sources', 'is missing: list the sources of the claims on this page');
      }
    }
  }
}
